namespace IronArmy.Core.Money;

public enum CurrencyChangeOutcome
{
    /// <summary>The team already keeps its money in that currency: nothing to do.</summary>
    AlreadySet,

    /// <summary>The team's currency is the new one from now on.</summary>
    Changed,

    /// <summary>
    /// Refused: the team has amounts recorded, and the new currency has a different number of
    /// decimals, so every one of them would read <see cref="CurrencyChange.Factor"/> times off.
    /// </summary>
    Refused,
}

/// <summary>
/// What becomes of a team's money when a manager changes its currency (<c>set currency HKD</c>).
/// </summary>
/// <remarks>
/// Nothing is ever converted: the bot knows no exchange rates, and the targets, signings and 大战月
/// goals already recorded are what people typed (the audit trail keeps them as typed). So a change
/// keeps every recorded number as it reads — 18,000 CNY becomes 18,000 HKD — and the reply says so
/// plainly. That is only possible between currencies with the same decimals: amounts are stored as
/// minor units, and 18,000.00 CNY (1,800,000 fen) would read 1,800,000 JPY. A change of decimals is
/// therefore refused while the team has any amount recorded, and allowed before (a team sets its
/// currency at install, before the first kickoff). The million-club threshold is a setting, not a
/// record: a threshold the manager set keeps its number in the new currency (rescaled to the new
/// minor units); one that cannot be written exactly falls back to the default of a million.
/// </remarks>
/// <param name="MillionClubThresholdMinor">The team's million-club setting after the change (null: the new currency's default).</param>
public sealed record CurrencyChange(CurrencyChangeOutcome Outcome, string From, string To, long? MillionClubThresholdMinor)
{
    /// <param name="amountsRecorded">Whether the team has any non-zero amount stored (targets, signings, 大战月 goals).</param>
    /// <param name="millionClubThresholdMinor">The threshold the manager set, in minor units of <paramref name="from"/>; null for the default.</param>
    public static CurrencyChange Decide(string from, string to, bool amountsRecorded, long? millionClubThresholdMinor)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
            return new CurrencyChange(CurrencyChangeOutcome.AlreadySet, from, to, millionClubThresholdMinor);
        var (fromDigits, toDigits) = (MoneyText.MinorDigitsOf(from), MoneyText.MinorDigitsOf(to));
        if (fromDigits != toDigits && amountsRecorded)
            return new CurrencyChange(CurrencyChangeOutcome.Refused, from, to, millionClubThresholdMinor);
        var threshold = millionClubThresholdMinor is { } t && TryRescale(t, fromDigits, toDigits, out var rescaled) ? rescaled : (long?)null;
        return new CurrencyChange(CurrencyChangeOutcome.Changed, from, to, threshold);
    }

    /// <summary>How many times off a recorded amount would read in the new currency: 10 to the difference in decimals (1 when they match).</summary>
    public long Factor
    {
        get
        {
            var f = 1L;
            for (var i = Math.Abs(MoneyText.MinorDigitsOf(From) - MoneyText.MinorDigitsOf(To)); i > 0; i--) f *= 10;
            return f;
        }
    }

    /// <summary>The same number of major units in minor units of <paramref name="toDigits"/>; false when it does not fit exactly.</summary>
    private static bool TryRescale(long minor, int fromDigits, int toDigits, out long rescaled)
    {
        rescaled = minor;
        try
        {
            for (var i = fromDigits; i < toDigits; i++) rescaled = checked(rescaled * 10);
        }
        catch (OverflowException)
        {
            return false;
        }

        for (var i = toDigits; i < fromDigits; i++)
        {
            if (rescaled % 10 != 0) return false;
            rescaled /= 10;
        }

        return true;
    }
}
