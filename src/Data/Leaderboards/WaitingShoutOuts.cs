using IronArmy.Core.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// 标杆时刻 between being found (a recap save) and being posted (batched, at most one post per
/// team per interval): storing them, reading the team's waiting ones, and when it last posted.
/// </summary>
public static class WaitingShoutOuts
{
    /// <summary>Stores the moments not stored before (by <see cref="ShoutOutEntry.DedupKey"/>) and saves; returns how many were new.</summary>
    public static async Task<int> AddShoutOutsAsync(this IronArmyDbContext db, long teamId, IReadOnlyCollection<ShoutOut> moments, DateTime nowUtc, CancellationToken ct)
    {
        if (moments.Count == 0) return 0;
        var entries = moments.Select(m => ShoutOutEntry.Of(teamId, m, nowUtc)).DistinctBy(e => e.DedupKey).ToList();
        var keys = entries.Select(e => e.DedupKey).ToList();
        var known = await db.ShoutOuts.Where(s => s.TeamId == teamId && keys.Contains(s.DedupKey)).Select(s => s.DedupKey).ToListAsync(ct);
        var fresh = entries.Where(e => !known.Contains(e.DedupKey)).ToList();
        if (fresh.Count == 0) return 0;
        db.ShoutOuts.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another save found the same moment in between (two reps' first signings at once): one at a time, the duplicate skipped.
            foreach (var e in fresh) db.Entry(e).State = EntityState.Detached;
            var added = 0;
            foreach (var e in fresh)
            {
                db.ShoutOuts.Add(e);
                try
                {
                    await db.SaveChangesAsync(ct);
                    added++;
                }
                catch (DbUpdateException)
                {
                    db.Entry(e).State = EntityState.Detached;
                }
            }

            return added;
        }
    }

    /// <summary>The team's waiting moments, oldest first, tracked: marking them saves with the post that carries them.</summary>
    public static Task<List<ShoutOutEntry>> WaitingShoutOutsAsync(this IronArmyDbContext db, long teamId, int take, CancellationToken ct) =>
        db.ShoutOuts.Where(s => s.TeamId == teamId && s.PostKey == null).OrderBy(s => s.DetectedAtUtc).ThenBy(s => s.Id).Take(take).ToListAsync(ct);

    /// <summary>When the oldest waiting moment was found; null when none waits.</summary>
    public static Task<DateTime?> FirstWaitingShoutOutAtAsync(this IronArmyDbContext db, long teamId, CancellationToken ct) =>
        db.ShoutOuts.Where(s => s.TeamId == teamId && s.PostKey == null).MinAsync(s => (DateTime?)s.DetectedAtUtc, ct);

    /// <summary>When the team's last shout-out post was queued; null before the first.</summary>
    public static Task<DateTime?> LastShoutOutPostAtAsync(this IronArmyDbContext db, long teamId, CancellationToken ct) =>
        db.ShoutOuts.Where(s => s.TeamId == teamId && s.PostKey != null && s.PostKey != ShoutOutEntry.Dropped).MaxAsync(s => s.PostedAtUtc, ct);

    /// <summary>Teams with moments waiting (after a restart, each gets its post scheduled again).</summary>
    public static Task<List<long>> TeamsWithWaitingShoutOutsAsync(this IronArmyDbContext db, CancellationToken ct) =>
        db.ShoutOuts.Where(s => s.PostKey == null).Select(s => s.TeamId).Distinct().ToListAsync(ct);
}
