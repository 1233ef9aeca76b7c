using IronArmy.Core.Kickoff;

namespace IronArmy.Data.Kickoff;

/// <summary>One of the day's candidate valid new customers (Core: <see cref="NewCustomerCandidate"/>).</summary>
public sealed class KickoffPlanNewCustomer
{
    public const int MaxNameLength = 60;

    public long Id { get; set; }

    public long PlanId { get; set; }

    /// <summary>Position in the rep's list, from 0.</summary>
    public int Row { get; set; }

    public required string Name { get; set; }

    public bool HasNeed { get; set; }

    public bool HasBudget { get; set; }

    public bool IsPayer { get; set; }
}
