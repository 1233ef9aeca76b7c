using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tiers;

/// <summary>A rep's sums over a 271 window: the four measures the score weighs.</summary>
public sealed record WindowSums(long SignedAmountMinor, int ValidNewCustomers, int Visits, int MovedToA)
{
    public static WindowSums None { get; } = new(0, 0, 0, 0);
}

/// <summary>A rep the 271 ranks: an active member with the rep role, and the team date they joined.</summary>
public sealed record TierRep(long MemberId, string Name, DateOnly JoinedOn);

/// <summary>Per member, the sums over the current window and over an earlier one (the trend's).</summary>
public sealed record TierSums(long MemberId, WindowSums Now, WindowSums Before);

/// <summary>
/// What the 271 ranking reads: the day rollups (never visits or recaps), summed per member over two
/// windows of work dates at once — the current one and the one a week earlier, which overlap — in a
/// single range read of the covering board index (TeamId, WorkDate, MemberId, the sums) and one GROUP BY.
/// </summary>
public static class TierQueries
{
    /// <summary>The team's active reps (managers coach the 271; they are not in it).</summary>
    public static async Task<IReadOnlyList<TierRep>> TierRepsAsync(this IronArmyDbContext db, long teamId, TeamZone zone, CancellationToken ct)
    {
        var rows = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive && m.Role == MemberRole.Rep)
            .Select(m => new { m.Id, m.Name, m.JoinedAtUtc })
            .ToListAsync(ct);
        // Rows from before join times were recorded carry the default instant: joined "always".
        return [.. rows.Select(r => new TierRep(r.Id, r.Name, r.JoinedAtUtc == default ? DateOnly.MinValue : zone.DateOf(r.JoinedAtUtc)))];
    }

    /// <summary>Members without a shared day in either window are absent (their sums are <see cref="WindowSums.None"/>).</summary>
    public static async Task<IReadOnlyDictionary<long, TierSums>> TierSumsAsync(
        this IronArmyDbContext db, long teamId, DateOnly nowFrom, DateOnly nowThrough, DateOnly beforeFrom, DateOnly beforeThrough, CancellationToken ct) =>
        await Sums(db, teamId, nowFrom, nowThrough, beforeFrom, beforeThrough).ToDictionaryAsync(s => s.MemberId, ct);

    /// <summary>The query itself (for its query plan in tests and the benchmark).</summary>
    public static IQueryable<TierSums> Sums(IronArmyDbContext db, long teamId, DateOnly nowFrom, DateOnly nowThrough, DateOnly beforeFrom, DateOnly beforeThrough)
    {
        var from = nowFrom < beforeFrom ? nowFrom : beforeFrom;
        var through = nowThrough > beforeThrough ? nowThrough : beforeThrough;
        return db.RepDayRollups
            .Where(r => r.TeamId == teamId && r.WorkDate >= from && r.WorkDate <= through)
            .GroupBy(r => r.MemberId)
            .Select(g => new TierSums(
                g.Key,
                new WindowSums(
                    g.Sum(r => r.WorkDate >= nowFrom && r.WorkDate <= nowThrough ? r.SignedAmountMinor : 0L),
                    g.Sum(r => r.WorkDate >= nowFrom && r.WorkDate <= nowThrough ? r.ValidNewCustomers : 0),
                    g.Sum(r => r.WorkDate >= nowFrom && r.WorkDate <= nowThrough ? r.Visits : 0),
                    g.Sum(r => r.WorkDate >= nowFrom && r.WorkDate <= nowThrough ? r.AConversions : 0)),
                new WindowSums(
                    g.Sum(r => r.WorkDate >= beforeFrom && r.WorkDate <= beforeThrough ? r.SignedAmountMinor : 0L),
                    g.Sum(r => r.WorkDate >= beforeFrom && r.WorkDate <= beforeThrough ? r.ValidNewCustomers : 0),
                    g.Sum(r => r.WorkDate >= beforeFrom && r.WorkDate <= beforeThrough ? r.Visits : 0),
                    g.Sum(r => r.WorkDate >= beforeFrom && r.WorkDate <= beforeThrough ? r.AConversions : 0))));
    }
}
