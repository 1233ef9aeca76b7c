using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// One time the team recorded where a customer stood: a visit's class after it (from an evening
/// recap), or the class a morning plan gave the customer. <see cref="Class"/> is null when the record
/// says the customer has no class any more (signed or lost).
/// </summary>
public sealed record CustomerClassRecord(string Customer, DateOnly WorkDate, bool FromVisit, CustomerClass? Class)
{
    public static CustomerClassRecord OfVisit(string customer, DateOnly workDate, ClassAfter after) => new(customer, workDate, true, after switch
    {
        ClassAfter.A => CustomerClass.A,
        ClassAfter.B => CustomerClass.B,
        ClassAfter.C => CustomerClass.C,
        _ => null,
    });

    public static CustomerClassRecord OfPlan(string customer, DateOnly workDate, CustomerClass planned) => new(customer, workDate, false, planned);
}

/// <summary>
/// The class a customer had before today's visit, for an unplanned follow-up or closing visit
/// (<see cref="VisitFact.From"/>): the latest thing the team recorded about the customer. Later
/// dates win; on one date a visit wins over the plan (the plan is the morning, the visit came after
/// it); records of the same date and kind are taken in the order given, the last winning. When the
/// latest record is a signing or a loss, the customer has no class to carry, so it is left out.
/// </summary>
public static class LastKnownClasses
{
    public static IReadOnlyDictionary<string, CustomerClass> Of(IEnumerable<CustomerClassRecord> records)
    {
        var latest = new Dictionary<string, CustomerClassRecord>(CustomerName.Comparer);
        foreach (var r in records)
        {
            if (!latest.TryGetValue(r.Customer, out var known) || IsLaterOrSame(r, known)) latest[r.Customer] = r;
        }

        return latest.Values
            .Where(r => r.Class is not null)
            .ToDictionary(r => r.Customer, r => r.Class!.Value, CustomerName.Comparer);
    }

    private static bool IsLaterOrSame(CustomerClassRecord r, CustomerClassRecord known) =>
        r.WorkDate != known.WorkDate ? r.WorkDate > known.WorkDate : r.FromVisit || !known.FromVisit;
}
