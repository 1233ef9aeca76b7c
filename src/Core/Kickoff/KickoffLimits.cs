using IronArmy.Core.Money;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// The sane bounds a kickoff submit is held to, and the team's currency its amounts are typed in.
/// They stop typos (an extra zero, a phone number in a count) without judging ambition: 50 visits
/// a day is far beyond the 8 of the standard.
/// </summary>
/// <param name="AmountMinorDigits">The currency's minor digits: amounts are read and written in its major unit.</param>
public sealed record KickoffLimits(
    int MaxDayVisits,
    int MaxWeekVisits,
    int MaxMonthVisits,
    long MaxAmountMinor,
    int AmountMinorDigits,
    int MaxCustomerNameLength,
    int MaxVisitRows,
    int MaxNewCustomerRows)
{
    /// <summary>
    /// The bounds for a team whose amounts are in <paramref name="currencyCode"/>: visits and valid
    /// new customers 0..50 a day, 0..350 a week, 0..1500 a month; amounts 0..10^12 minor units;
    /// names ≤ 60. There is no currency-less default, so no amount is ever read or written with
    /// another currency's decimals (¥1,500 shown as 15).
    /// </summary>
    public static KickoffLimits For(string currencyCode) =>
        new(50, 350, 1500, 1_000_000_000_000L, MoneyText.MinorDigitsOf(currencyCode), 60, 20, 10);

    /// <summary>The upper bound for visit and valid-new-customer counts of a period.</summary>
    public int MaxCountFor(TargetPeriod period) => period switch
    {
        TargetPeriod.Day => MaxDayVisits,
        TargetPeriod.Week => MaxWeekVisits,
        TargetPeriod.Month => MaxMonthVisits,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
