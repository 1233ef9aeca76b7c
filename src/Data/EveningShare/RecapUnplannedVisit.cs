using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Data.EveningShare;

/// <summary>A visit made today beyond the plan (Core: <see cref="UnplannedVisit"/>).</summary>
public sealed class RecapUnplannedVisit
{
    public long Id { get; set; }

    public long RecapId { get; set; }

    /// <summary>Position in the rep's list, from 0.</summary>
    public int Row { get; set; }

    public required string Customer { get; set; }

    public VisitType Type { get; set; }

    public ClassAfter After { get; set; }

    public bool ReachedFirstKp { get; set; }

    public long SignedAmountMinor { get; set; }
}
