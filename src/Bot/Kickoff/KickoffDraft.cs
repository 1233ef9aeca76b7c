using IronArmy.Bot.Cards;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// What the kickoff form starts from, so the rep only edits what changed: month and week targets
/// carried over from the last entry, last evening's plan for tomorrow, or the stored plan when editing.
/// Anything unknown stays null or empty and the input shows blank.
/// </summary>
public sealed record KickoffDraft
{
    public static KickoffDraft Empty { get; } = new();

    public Target? Month { get; init; }
    public Target? Week { get; init; }
    public Target? Day { get; init; }
    public IReadOnlyList<PlannedVisit> Visits { get; init; } = [];
    public IReadOnlyList<NewCustomerCandidate> NewCustomers { get; init; } = [];

    /// <summary>A submitted plan, reopened for editing.</summary>
    public static KickoffDraft Of(KickoffPlan plan) => new()
    {
        Month = plan.Targets.Month,
        Week = plan.Targets.Week,
        Day = plan.Targets.Day,
        Visits = plan.Visits,
        NewCustomers = plan.NewCustomers,
    };

    public Target? For(TargetPeriod period) => period switch
    {
        TargetPeriod.Month => Month,
        TargetPeriod.Week => Week,
        _ => Day,
    };
}
