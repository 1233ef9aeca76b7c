using IronArmy.Bot.Cards;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>What the summary shows after a valid submit.</summary>
/// <param name="LastUpdated">When the plan was last saved, in the team's local time.</param>
public sealed record KickoffSummary(DateOnly WorkDate, string CurrencyCode, KickoffPlan Plan, VisitStandard Standard, TimeOnly LastUpdated)
{
    /// <summary>Until the evening share, the rep may reopen the form.</summary>
    public bool CanEdit { get; init; }

    /// <summary>The team's plans today; null until there is anyone to compare with.</summary>
    public TeamMirror? Mirror { get; init; }

    /// <summary>Yesterday's plan against what the evening share reported; null when either is unknown.</summary>
    public PlanVersusActual? Yesterday { get; init; }
}

/// <summary>照镜子: the team's planned visits today (median and highest) across <paramref name="Plans"/> submitted plans.</summary>



