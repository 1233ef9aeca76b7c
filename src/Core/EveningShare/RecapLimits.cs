using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The bounds an evening submit is held to. Amounts and names share the kickoff's bounds; the
/// free texts are capped so one rep cannot push the manager's digest past a card's size.
/// </summary>
public sealed record RecapLimits(
    long MaxAmountMinor,
    int AmountMinorDigits,
    int MaxCustomerNameLength,
    int MaxTextLength,
    int MaxUnplannedRows,
    int MaxNewCustomerRows,
    int MaxTomorrowRows)
{
    /// <summary>Amounts 0..10^12 fen, names ≤ 60, vent/win/help ≤ 1000 characters, 8 unplanned visits, 10 new customers, 8 for tomorrow.</summary>
    public static RecapLimits Default { get; } = From(KickoffLimits.Default);

    /// <summary>The team's kickoff bounds carried over, so a name or amount accepted in the morning is accepted in the evening.</summary>
    public static RecapLimits From(KickoffLimits kickoff) => new(
        kickoff.MaxAmountMinor,
        kickoff.AmountMinorDigits,
        kickoff.MaxCustomerNameLength,
        1000,
        RecapInputs.MaxUnplannedVisits,
        kickoff.MaxNewCustomerRows,
        RecapInputs.MaxTomorrow);
}
