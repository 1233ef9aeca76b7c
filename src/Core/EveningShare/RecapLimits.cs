using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The bounds an evening submit is held to. Amounts (and their currency) and names share the
/// kickoff's bounds; the free texts are capped so one rep cannot push the manager's digest past a card's size.
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
    /// <summary>Vent, win and help texts, in characters; the card's inputs stop there too.</summary>
    public const int TextLength = 1000;

    /// <summary>The kickoff's bounds for a team in <paramref name="currencyCode"/>; texts ≤ 1000 characters, 8 unplanned visits, 10 new customers, 8 for tomorrow.</summary>
    public static RecapLimits For(string currencyCode) => From(KickoffLimits.For(currencyCode));

    /// <summary>The team's kickoff bounds carried over, so a name or amount accepted in the morning is accepted in the evening.</summary>
    public static RecapLimits From(KickoffLimits kickoff) => new(
        kickoff.MaxAmountMinor,
        kickoff.AmountMinorDigits,
        kickoff.MaxCustomerNameLength,
        TextLength,
        RecapInputs.MaxUnplannedVisits,
        kickoff.MaxNewCustomerRows,
        RecapInputs.MaxTomorrow);
}
