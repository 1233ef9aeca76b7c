using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// A rep's day from its visit facts (domain.md "The visit standard"): visits by type against the
/// 8 (4/2/2), "1 A, 2 B/C, 3 valid new", what was signed, the class moves, and plan against actual.
/// </summary>
/// <remarks>
/// The standard is held as at the kickoff (<see cref="StandardCheck"/>, its lines' counts being
/// what was done): visits count by type; A and B/C count the visits to customers who were A, or
/// B or C, before the visit (a visit of unknown class counts for neither); valid new counts the
/// new customers passing all three tests.
/// </remarks>
public sealed record RepDay(DateOnly WorkDate, int PlannedVisits, IReadOnlyList<VisitFact> Visits, int ValidNewCustomers, StandardCheck Standard)
{
    public long SignedAmountMinor => Visits.Sum(v => v.SignedAmountMinor);

    public int Signings => Visits.Count(v => v.After == ClassAfter.Signed);

    /// <summary>The customers moved up today, in visit order.</summary>
    public IReadOnlyList<ClassMove> Moves => Visits.Select(ClassMove.Of).OfType<ClassMove>().ToList();

    public PlanVersusActual PlanVersusActual => new(WorkDate, PlannedVisits, Visits.Count);

    public static RepDay Of(DateOnly workDate, int plannedVisits, IReadOnlyList<VisitFact> visits, int validNewCustomers, VisitStandard standard) => new(
        workDate,
        plannedVisits,
        visits,
        validNewCustomers,
        new StandardCheck(
        [
            new(StandardMeasure.Visits, visits.Count, standard.Visits),
            new(StandardMeasure.NewVisits, visits.Count(v => v.Type == VisitType.New), standard.NewVisits),
            new(StandardMeasure.FollowUpVisits, visits.Count(v => v.Type == VisitType.FollowUp), standard.FollowUpVisits),
            new(StandardMeasure.ClosingVisits, visits.Count(v => v.Type == VisitType.Closing), standard.ClosingVisits),
            new(StandardMeasure.ACustomers, visits.Count(v => v.Before == CustomerClass.A), standard.ACustomers),
            new(StandardMeasure.BcCustomers, visits.Count(v => v.Before is CustomerClass.B or CustomerClass.C), standard.BcCustomers),
            new(StandardMeasure.ValidNewCustomers, validNewCustomers, standard.ValidNewCustomers),
        ]));

    /// <summary>The day of a rep who planned <paramref name="plan"/> this morning and shared <paramref name="recap"/> tonight.</summary>
    public static RepDay Of(
        DateOnly workDate,
        IReadOnlyList<PlannedVisit> plan,
        Recap recap,
        VisitStandard standard,
        IReadOnlyDictionary<string, CustomerClass>? lastKnownClasses = null) =>
        Of(workDate, plan.Count, VisitFact.From(plan, recap, lastKnownClasses), recap.ValidNewCustomers, standard);
}
