namespace IronArmy.Data.Kickoff;

/// <summary>
/// A team's kickoff on one work date: which one-off steps have happened. Each message is already
/// deduplicated by its outbox key; this row answers the questions a key cannot, such as "has the
/// board been posted, and which activity do later submissions update in place".
/// </summary>
public sealed class KickoffRound
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public DateOnly WorkDate { get; set; }

    public DateTime? PromptedAtUtc { get; set; }

    public DateTime? NudgedAtUtc { get; set; }

    public DateTime? ManagersRemindedAtUtc { get; set; }

    public DateTime? BoardPostedAtUtc { get; set; }

    /// <summary>The outbox row that posts the board; its <c>SentActivityId</c> arrives once it is sent.</summary>
    public long? BoardOutboxMessageId { get; set; }

    /// <summary>The posted board's activity id, the target of PUT updates.</summary>
    public string? BoardActivityId { get; set; }

    /// <summary>The conversation (channel thread) the board was posted in.</summary>
    public string? BoardConversationId { get; set; }
}

/// <summary>The one-off steps of a kickoff round, each done at most once per team per work date.</summary>
public enum KickoffStep
{
    Prompted,
    Nudged,
    ManagersReminded,
    BoardPosted,
}
