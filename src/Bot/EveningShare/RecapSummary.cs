using IronArmy.Bot.Cards;
using IronArmy.Core.EveningShare;

namespace IronArmy.Bot.EveningShare;

/// <summary>What the summary shows after a valid evening submit: the recap as written and the day computed from it.</summary>
/// <param name="LastUpdated">When the recap was last saved, in the team's local time.</param>
public sealed record RecapSummary(DateOnly WorkDate, string CurrencyCode, Recap Recap, RepDay Day, TimeOnly LastUpdated)
{
    /// <summary>Until the manager's digest goes out, the rep may reopen the form.</summary>
    public bool CanEdit { get; init; }
}
