namespace IronArmy.Core.Leaderboards;

/// <summary>
/// What a board ranks (domain.md "标杆"). The team picks one headline metric for its boards;
/// signed amount is the default because it is what the gold/silver/bronze tiers and the million
/// club are about.
/// </summary>
public enum BoardMetric
{
    /// <summary>Money signed, in the team currency's minor units.</summary>
    SignedAmount,

    /// <summary>New customers passing all three tests (need, budget, payer).</summary>
    ValidNewCustomers,

    /// <summary>Visits made (planned and unplanned, done).</summary>
    Visits,

    /// <summary>Customers moved up to A from B or C (B→A, C→A).</summary>
    AConversions,
}
