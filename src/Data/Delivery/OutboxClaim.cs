using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Delivery;

/// <summary>Taking due outbox rows under a lease, so exactly one dispatcher instance sends each.</summary>
public static class OutboxClaim
{
    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due pending rows to <paramref name="claimToken"/> until
    /// <paramref name="leaseUntilUtc"/> and returns them (untracked).
    /// </summary>
    /// <remarks>
    /// Why this is safe with several instances: the candidates are read without locks, but the lease is
    /// taken by ONE conditional UPDATE that re-checks "pending and not leased" for every row. A database
    /// evaluates an UPDATE's WHERE on the row it is about to write while holding that row's write lock
    /// (SQL Server takes U→X row locks and re-reads the committed value; SQLite serialises every write),
    /// so when two instances race for a row, the loser's predicate sees the winner's lease and skips it.
    /// Each claim writes a fresh token, so an instance then reads back exactly the rows it won and no other.
    /// An instance that crashes leaves its lease to expire; the row is then due for anyone again.
    /// </remarks>
    public static async Task<List<OutboxMessage>> ClaimDueAsync(
        this IronArmyDbContext db, string claimToken, DateTime nowUtc, DateTime leaseUntilUtc, int batchSize, CancellationToken ct)
    {
        var candidates = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAtUtc <= nowUtc
                        && (o.LockedUntilUtc == null || o.LockedUntilUtc < nowUtc))
            .OrderBy(o => o.NextAttemptAtUtc).ThenBy(o => o.Id)
            .Select(o => o.Id)
            .Take(batchSize)
            .ToListAsync(ct);
        if (candidates.Count == 0) return [];

        var won = await db.Outbox
            .Where(o => candidates.Contains(o.Id) && o.Status == OutboxStatus.Pending
                        && (o.LockedUntilUtc == null || o.LockedUntilUtc < nowUtc))
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.LockedBy, claimToken)
                .SetProperty(o => o.LockedUntilUtc, leaseUntilUtc), ct);
        if (won == 0) return [];

        return await db.Outbox.AsNoTracking()
            .Where(o => o.LockedBy == claimToken && candidates.Contains(o.Id))
            .OrderBy(o => o.NextAttemptAtUtc).ThenBy(o => o.Id)
            .ToListAsync(ct);
    }

    /// <summary>
    /// When the earliest pending row can next be claimed (its retry time, or the end of someone's lease on it);
    /// null when nothing is pending. Lets an idle dispatcher sleep exactly that long.
    /// </summary>
    public static Task<DateTime?> NextDueAtUtcAsync(this IronArmyDbContext db, CancellationToken ct) =>
        db.Outbox.Where(o => o.Status == OutboxStatus.Pending)
            .Select(o => o.LockedUntilUtc != null && o.LockedUntilUtc > o.NextAttemptAtUtc ? o.LockedUntilUtc : (DateTime?)o.NextAttemptAtUtc)
            .OrderBy(due => due)
            .FirstOrDefaultAsync(ct);
}
