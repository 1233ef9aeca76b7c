namespace IronArmy.Core.Kickoff;

/// <summary>
/// A visit row the card shows pre-filled but not yet confirmed: whatever is known (at least the
/// customer), the rest left for the rep to choose.
/// </summary>
public sealed record VisitDraft(string Customer, TimeOnly? Time = null, CustomerClass? Class = null, KeyPerson? KeyPerson = null, VisitOutcome? Outcome = null)
{
    /// <summary>
    /// Today's rows from last evening's "tomorrow's plan": names cleaned, blanks and repeats
    /// dropped (first one kept), at most <see cref="KickoffInputs.MaxVisits"/> rows in the order planned.
    /// </summary>
    public static IReadOnlyList<VisitDraft> FromTomorrowsPlan(IEnumerable<string?>? customers)
    {
        if (customers is null) return [];
        return customers
            .Select(CustomerName.Clean)
            .Where(n => n.Length > 0)
            .Distinct(CustomerName.Comparer)
            .Take(KickoffInputs.MaxVisits)
            .Select(n => new VisitDraft(n))
            .ToList();
    }

    public static VisitDraft From(PlannedVisit visit) => new(visit.Customer, visit.Time, visit.Class, visit.KeyPerson, visit.Outcome);
}
