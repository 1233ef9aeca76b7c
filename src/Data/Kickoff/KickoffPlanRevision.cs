namespace IronArmy.Data.Kickoff;

/// <summary>
/// One submit or edit of a kickoff plan (domain.md "高压线": records are append-only with an audit
/// trail). Holds the whole plan before and after as JSON rather than a per-field diff: it is
/// complete by construction (a new field cannot be forgotten by a diff routine), survives later
/// schema changes of the child tables, and any diff can be computed when it is shown.
/// Rows are only ever inserted: the context refuses to save a change or delete of one, and the
/// database rejects UPDATE and DELETE with a trigger.
/// </summary>
public sealed class KickoffPlanRevision
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    /// <summary>1 for the first submit, then one more per edit; unique per plan.</summary>
    public int Version { get; set; }

    /// <summary>Who made the change (the rep, or a manager editing on their behalf).</summary>
    public long ByMemberId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The plan before this change (<see cref="KickoffPlanJson"/>); null for the first submit.</summary>
    public string? BeforeJson { get; set; }

    public required string AfterJson { get; set; }
}
