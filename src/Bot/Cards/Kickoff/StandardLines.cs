using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Cards.Kickoff;

/// <summary>One line of "plan vs standard", e.g. valid new customers 2 of 3.</summary>
public sealed record StandardLine(StandardMeasure Measure, int Planned, int Standard)
{
    public bool Met => Planned >= Standard;
    public int Short => Math.Max(0, Standard - Planned);
}

public enum StandardMeasure
{
    Visits,
    NewVisits,
    FollowUpVisits,
    ClosingVisits,
    ACustomers,
    BcCustomers,
    ValidNewCustomers,
}

/// <summary>
/// STAND-IN for the Core rule "plan vs standard" (issue 3), computed from KickoffPlan so the
/// cards can show it now. When Core's evaluation lands, the two cards call it instead of this.
/// </summary>
public static class StandardLines
{
    public static IReadOnlyList<StandardLine> Of(KickoffPlan plan, VisitStandard standard) =>
    [
        new(StandardMeasure.Visits, plan.Visits.Count, standard.Visits),
        new(StandardMeasure.NewVisits, plan.Visits.Count(v => v.Type == VisitType.New), standard.NewVisits),
        new(StandardMeasure.FollowUpVisits, plan.Visits.Count(v => v.Type == VisitType.FollowUp), standard.FollowUpVisits),
        new(StandardMeasure.ClosingVisits, plan.Visits.Count(v => v.Type == VisitType.Closing), standard.ClosingVisits),
        new(StandardMeasure.ACustomers, plan.ACustomers, standard.ACustomers),
        new(StandardMeasure.BcCustomers, plan.Visits.Count(v => v.Class is CustomerClass.B or CustomerClass.C), standard.BcCustomers),
        new(StandardMeasure.ValidNewCustomers, plan.ValidNewCustomers, standard.ValidNewCustomers),
    ];
}
