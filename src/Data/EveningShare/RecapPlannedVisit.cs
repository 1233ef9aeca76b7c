using IronArmy.Core.EveningShare;

namespace IronArmy.Data.EveningShare;

/// <summary>One of this morning's visits with how it went (Core: <see cref="PlannedVisitResult"/>).</summary>
public sealed class RecapPlannedVisit
{
    public const int MaxCustomerLength = 60;

    public long Id { get; set; }

    public long RecapId { get; set; }

    /// <summary>Position in the morning plan, from 0.</summary>
    public int Row { get; set; }

    public required string Customer { get; set; }

    public bool Done { get; set; }

    public bool ReachedFirstKp { get; set; }

    public ClassAfter? After { get; set; }

    public long SignedAmountMinor { get; set; }
}
