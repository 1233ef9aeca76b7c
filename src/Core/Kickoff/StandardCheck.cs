namespace IronArmy.Core.Kickoff;

/// <summary>What the standard measures, one line each on the card.</summary>
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

/// <summary>One line of the plan against the standard: planned vs required, and how many short.</summary>
public sealed record StandardLine(StandardMeasure Measure, int Planned, int Required)
{
    public bool Met => Planned >= Required;

    public int Short => Math.Max(0, Required - Planned);
}

/// <summary>
/// A plan held against the team's <see cref="VisitStandard"/>: 8 visits (4 new, 2 follow-up,
/// 2 closing) and 1 A, 2 B/C, 3 valid new. Visits count by <see cref="PlannedVisit.Type"/>; A and
/// B/C count the planned visits of that class; valid new counts candidates passing all three tests.
/// </summary>
public sealed record StandardCheck(IReadOnlyList<StandardLine> Lines)
{
    /// <summary>Every line met. Exceeding a line never hurts.</summary>
    public bool Met => Lines.All(l => l.Met);

    public StandardLine this[StandardMeasure measure] => Lines.Single(l => l.Measure == measure);

    public static StandardCheck Of(KickoffPlan plan, VisitStandard standard) =>
        Of(plan.Visits, plan.ValidNewCustomers, standard);

    /// <summary>For a plan still being written: the visits so far and the valid new customers so far.</summary>
    public static StandardCheck Of(IReadOnlyCollection<PlannedVisit> visits, int validNewCustomers, VisitStandard standard) => new(
    [
        new(StandardMeasure.Visits, visits.Count, standard.Visits),
        new(StandardMeasure.NewVisits, visits.Count(v => v.Type == VisitType.New), standard.NewVisits),
        new(StandardMeasure.FollowUpVisits, visits.Count(v => v.Type == VisitType.FollowUp), standard.FollowUpVisits),
        new(StandardMeasure.ClosingVisits, visits.Count(v => v.Type == VisitType.Closing), standard.ClosingVisits),
        new(StandardMeasure.ACustomers, visits.Count(v => v.Class == CustomerClass.A), standard.ACustomers),
        new(StandardMeasure.BcCustomers, visits.Count(v => v.Class is CustomerClass.B or CustomerClass.C), standard.BcCustomers),
        new(StandardMeasure.ValidNewCustomers, validNewCustomers, standard.ValidNewCustomers),
    ]);
}
