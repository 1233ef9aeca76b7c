using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Delivery;

/// <summary>
/// Recording what became of a claimed row. Every write is guarded by the claim token, so an instance
/// whose lease ran out can never overwrite the row after someone else reclaimed it.
/// </summary>
public static class OutboxOutcome
{
    public static Task<int> MarkSentAsync(this IronArmyDbContext db, long id, string claimToken, string? sentActivityId, DateTime nowUtc, CancellationToken ct) =>
        Claimed(db, id, claimToken).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, OutboxStatus.Sent)
            .SetProperty(o => o.Attempts, o => o.Attempts + 1)
            .SetProperty(o => o.SentActivityId, sentActivityId)
            .SetProperty(o => o.SentAtUtc, nowUtc)
            .SetProperty(o => o.LastError, (string?)null)
            .SetProperty(o => o.LockedBy, (string?)null)
            .SetProperty(o => o.LockedUntilUtc, (DateTime?)null), ct);

    /// <summary>Back to pending, not before <paramref name="nextAttemptAtUtc"/>; <paramref name="countsAsAttempt"/> is false when nothing failed (throttled, deferred).</summary>
    public static Task<int> RescheduleAsync(this IronArmyDbContext db, long id, string claimToken, DateTime nextAttemptAtUtc, bool countsAsAttempt, string? error, CancellationToken ct) =>
        Claimed(db, id, claimToken).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Attempts, o => o.Attempts + (countsAsAttempt ? 1 : 0))
            .SetProperty(o => o.NextAttemptAtUtc, nextAttemptAtUtc)
            .SetProperty(o => o.LastError, o => error ?? o.LastError)
            .SetProperty(o => o.LockedBy, (string?)null)
            .SetProperty(o => o.LockedUntilUtc, (DateTime?)null), ct);

    /// <summary>A final outcome other than sent: <see cref="OutboxStatus.Failed"/> or <see cref="OutboxStatus.Unreachable"/>.</summary>
    public static Task<int> MarkGivenUpAsync(this IronArmyDbContext db, long id, string claimToken, OutboxStatus status, string reason, CancellationToken ct)
    {
        if (status is OutboxStatus.Pending or OutboxStatus.Sent) throw new ArgumentOutOfRangeException(nameof(status));
        var error = reason.Length > 2000 ? reason[..2000] : reason;
        return Claimed(db, id, claimToken).ExecuteUpdateAsync(s => s
            .SetProperty(o => o.Status, status)
            .SetProperty(o => o.Attempts, o => o.Attempts + 1)
            .SetProperty(o => o.LastError, error)
            .SetProperty(o => o.LockedBy, (string?)null)
            .SetProperty(o => o.LockedUntilUtc, (DateTime?)null), ct);
    }

    private static IQueryable<OutboxMessage> Claimed(IronArmyDbContext db, long id, string claimToken) =>
        db.Outbox.Where(o => o.Id == id && o.LockedBy == claimToken);
}
