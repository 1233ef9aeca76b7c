namespace IronArmy.Data.EveningShare;

/// <summary>
/// One submit or edit of an evening recap (domain.md "高压线"), holding the whole recap before and
/// after as JSON (<see cref="RecapJson"/>), for the same reasons as the kickoff's revisions.
/// Rows are only ever inserted: the context refuses to save a change or delete of one, and the
/// database rejects UPDATE and DELETE with a trigger.
/// </summary>
public sealed class RecapRevision
{
    public long Id { get; set; }

    public long RecapId { get; set; }

    /// <summary>1 for the first submit, then one more per edit; unique per recap.</summary>
    public int Version { get; set; }

    /// <summary>Who made the change (the rep, or a manager editing on their behalf).</summary>
    public long ByMemberId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The recap before this change; null for the first submit.</summary>
    public string? BeforeJson { get; set; }

    public required string AfterJson { get; set; }
}
