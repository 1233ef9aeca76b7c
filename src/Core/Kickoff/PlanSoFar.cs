namespace IronArmy.Core.Kickoff;

/// <summary>
/// What a kickoff form shows so far (<see cref="KickoffForm.SoFar"/>), before or whatever a submit
/// makes of it: the visits and new customers the card counts against the standard as the rep fills it in.
/// </summary>
public sealed record PlanSoFar(IReadOnlyList<PlannedVisit> Visits, IReadOnlyList<NewCustomerCandidate> NewCustomers)
{
    /// <summary>Nothing planned yet: the card shows the standard alone.</summary>
    public bool IsEmpty => Visits.Count == 0 && NewCustomers.Count == 0;

    public StandardCheck Against(VisitStandard standard) =>
        StandardCheck.Of(Visits, NewCustomers.Count(c => c.IsValid), standard);
}
