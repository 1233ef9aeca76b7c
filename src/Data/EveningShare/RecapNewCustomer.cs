using IronArmy.Core.Kickoff;

namespace IronArmy.Data.EveningShare;

/// <summary>A new customer actually added today, with the three tests (Core: <see cref="NewCustomerCandidate"/>).</summary>
public sealed class RecapNewCustomer
{
    public long Id { get; set; }

    public long RecapId { get; set; }

    /// <summary>Position in the rep's list, from 0.</summary>
    public int Row { get; set; }

    public required string Name { get; set; }

    public bool HasNeed { get; set; }

    public bool HasBudget { get; set; }

    public bool IsPayer { get; set; }
}
