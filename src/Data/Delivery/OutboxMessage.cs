namespace IronArmy.Data.Delivery;

/// <summary>
/// One proactive message, stored before it is sent. The unique <see cref="IdempotencyKey"/>
/// (e.g. <c>kickoff:{memberId}:{workDate}</c>) is what makes every fan-out safe to repeat.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string IdempotencyKey { get; set; }

    public required string TenantId { get; set; }

    public required string ServiceUrl { get; set; }

    public long? TeamId { get; set; }

    /// <summary>For <see cref="OutboxTarget.Member"/>: the person; their 1:1 conversation is created on first send.</summary>
    public long? MemberId { get; set; }

    /// <summary>For <see cref="OutboxTarget.Conversation"/> and <see cref="OutboxTarget.Update"/>.</summary>
    public string? ConversationId { get; set; }

    /// <summary>For <see cref="OutboxTarget.Update"/>: the activity replaced in place.</summary>
    public string? TargetActivityId { get; set; }

    public OutboxTarget Target { get; set; }

    /// <summary>The Activity to send, as Bot Framework JSON.</summary>
    public required string ActivityJson { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    public int Attempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not before this instant (backoff and Retry-After push it forward).</summary>
    public DateTime NextAttemptAtUtc { get; set; }

    /// <summary>The dispatcher instance holding this row, and until when; expired leases are reclaimed after a crash.</summary>
    public string? LockedBy { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>The id Teams gave the sent activity, so it can be updated in place later.</summary>
    public string? SentActivityId { get; set; }

    public string? LastError { get; set; }
}

public enum OutboxTarget
{
    /// <summary>A person's 1:1 chat (created if the bot has none yet).</summary>
    Member = 0,

    /// <summary>A known conversation: a channel (new thread) or an existing chat.</summary>
    Conversation = 1,

    /// <summary>Replace an activity already posted (PUT).</summary>
    Update = 2,
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,

    /// <summary>Gave up after the allowed attempts, or a permanent error; <see cref="OutboxMessage.LastError"/> says why.</summary>
    Failed = 2,

    /// <summary>Teams answered 403: the person blocked the bot or it is no longer in their roster.</summary>
    Unreachable = 3,
}
