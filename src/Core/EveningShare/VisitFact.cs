using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// One visit that happened today, as the evening recap records it: how it counts against the
/// standard, where the customer stood before and after, whether the first KP was reached, what was
/// signed, and whether it was on the morning plan. <see cref="Before"/> is null when unknown (an
/// unplanned follow-up or closing visit to a customer whose class nobody recorded).
/// </summary>
public sealed record VisitFact(
    string Customer,
    VisitType Type,
    CustomerClass? Before,
    ClassAfter After,
    bool ReachedFirstKp,
    long SignedAmountMinor,
    bool Planned)
{
    /// <summary>
    /// Today's visits from the morning plan and the evening recap, planned visits first in plan
    /// order, visits not done left out. A planned visit keeps its planned type and class; an
    /// unplanned new visit was a New customer; an unplanned follow-up or closing visit takes the
    /// class in <paramref name="lastKnownClasses"/> (keyed by customer name), or none.
    /// </summary>
    /// <exception cref="ArgumentException">The recap was not read against this plan.</exception>
    public static IReadOnlyList<VisitFact> From(
        IReadOnlyList<PlannedVisit> plan,
        Recap recap,
        IReadOnlyDictionary<string, CustomerClass>? lastKnownClasses = null)
    {
        if (plan.Count != recap.Planned.Count)
            throw new ArgumentException($"The recap has {recap.Planned.Count} planned visits, the plan {plan.Count}.", nameof(recap));

        var facts = new List<VisitFact>();
        for (var i = 0; i < plan.Count; i++)
        {
            var (planned, result) = (plan[i], recap.Planned[i]);
            if (!CustomerName.Comparer.Equals(planned.Customer, result.Customer))
                throw new ArgumentException($"Planned visit {i + 1} is {planned.Customer} in the plan, {result.Customer} in the recap.", nameof(recap));
            if (!result.Done || result.After is not { } after) continue;
            facts.Add(new VisitFact(planned.Customer, planned.Type, planned.Class, after, result.ReachedFirstKp, result.SignedAmountMinor, true));
        }

        foreach (var v in recap.Unplanned)
        {
            var before = v.Type == VisitType.New ? CustomerClass.New : LastKnown(lastKnownClasses, v.Customer);
            facts.Add(new VisitFact(v.Customer, v.Type, before, v.After, v.ReachedFirstKp, v.SignedAmountMinor, false));
        }

        return facts;
    }

    private static CustomerClass? LastKnown(IReadOnlyDictionary<string, CustomerClass>? classes, string customer)
    {
        if (classes is null) return null;
        foreach (var (name, c) in classes)
        {
            if (CustomerName.Comparer.Equals(name, customer)) return c;
        }

        return null;
    }
}
