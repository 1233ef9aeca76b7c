using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// What a team's board is built from (<see cref="Leaderboard.Build"/>): its members, their totals for
/// a period and the one before, and their month targets. Every read is one indexed query on the
/// rollups (day rollups for days and weeks, month rollups for months), plans or members; none
/// touches visits or recaps.
/// </summary>
public static class BoardQueries
{
    /// <summary>
    /// Each member's sums over the team's day rollups from <paramref name="from"/> to
    /// <paramref name="through"/> inclusive, by member id; a member without a shared day in the
    /// range is absent. One GROUP BY read from the covering index on (TeamId, WorkDate, …).
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, RepTotals>> TeamPeriodTotalsAsync(
        this IronArmyDbContext db, long teamId, DateOnly from, DateOnly through, CancellationToken ct) =>
        await PeriodTotals(db, teamId, from, through)
            .ToDictionaryAsync(t => t.MemberId, ct);

    /// <summary>The period totals query itself (for its query plan in tests and the benchmark).</summary>
    public static IQueryable<RepTotals> PeriodTotals(IronArmyDbContext db, long teamId, DateOnly from, DateOnly through) =>
        db.RepDayRollups
            .Where(r => r.TeamId == teamId && r.WorkDate >= from && r.WorkDate <= through)
            .GroupBy(r => r.MemberId)
            .Select(g => new RepTotals(
                g.Key,
                g.Sum(r => r.SignedAmountMinor),
                g.Sum(r => r.Signings),
                g.Sum(r => r.Visits),
                g.Sum(r => r.ValidNewCustomers),
                g.Sum(r => r.AConversions),
                g.Count()));

    /// <summary>
    /// As <see cref="TeamPeriodTotalsAsync(IronArmyDbContext, long, DateOnly, DateOnly, CancellationToken)"/>
    /// for a board period; a month is read from the month rollups (one row per member), a day or a
    /// week from the day rollups. Both give the same totals.
    /// </summary>
    public static Task<IReadOnlyDictionary<long, RepTotals>> TeamPeriodTotalsAsync(this IronArmyDbContext db, long teamId, BoardPeriod period, CancellationToken ct) =>
        period.Kind == BoardPeriodKind.Month
            ? db.TeamMonthTotalsAsync(teamId, period.Start, ct)
            : db.TeamPeriodTotalsAsync(teamId, period.Start, period.End, ct);

    /// <summary>Each member's totals for the calendar month of <paramref name="month"/>, from the month rollups; members without a shared day are absent.</summary>
    public static async Task<IReadOnlyDictionary<long, RepTotals>> TeamMonthTotalsAsync(this IronArmyDbContext db, long teamId, DateOnly month, CancellationToken ct) =>
        await MonthTotals(db, teamId, month).ToDictionaryAsync(t => t.MemberId, ct);

    /// <summary>The month totals query itself (for its query plan).</summary>
    public static IQueryable<RepTotals> MonthTotals(IronArmyDbContext db, long teamId, DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return db.RepMonthRollups
            .Where(r => r.TeamId == teamId && r.Month == first)
            .Select(r => new RepTotals(r.MemberId, r.SignedAmountMinor, r.Signings, r.Visits, r.ValidNewCustomers, r.AConversions, r.Days));
    }

    /// <summary>
    /// Who a board lists: everyone active on the team, managers included — a manager who plans and
    /// shares sells too, and their numbers count as the kickoff mirror and the shout-outs already
    /// count them. Only what someone shared ranks them (nothing shared, nothing on the board), and
    /// people who left are not on it. With the team date each joined in <paramref name="zone"/>.
    /// </summary>
    public static async Task<IReadOnlyList<BoardRep>> TeamBoardMembersAsync(this IronArmyDbContext db, long teamId, TeamZone zone, CancellationToken ct)
    {
        var rows = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive)
            .Select(m => new { m.Id, m.Name, m.JoinedAtUtc })
            .ToListAsync(ct);
        // Rows from before join times were recorded carry the default instant: joined "always".
        return [.. rows.Select(r => new BoardRep(
            r.Id,
            r.Name,
            r.JoinedAtUtc == default ? DateOnly.MinValue : zone.DateOf(r.JoinedAtUtc)))];
    }

    /// <summary>
    /// Each active member's month signed-amount target (the board's members, <see cref="TeamBoardMembersAsync"/>):
    /// from their latest kickoff plan dated in the month of <paramref name="month"/> up to
    /// <paramref name="through"/> (the month target carries from plan to plan, so the latest is the
    /// one standing). Members without a plan in the month, or whose plans in it leave the month
    /// unset (a rep's first plan may), are absent.
    /// </summary>
    /// <remarks>
    /// Read in the order that touches least: the team's plans of its latest plan date in the month
    /// (one range of the (TeamId, WorkDate) index — most reps plan every work day), then, only for
    /// the reps without a plan that day, their latest earlier plan. Seeking every rep's latest plan
    /// on (MemberId, WorkDate) would visit one index page per rep.
    /// </remarks>
    public static async Task<IReadOnlyDictionary<long, long>> TeamMonthTargetsAsync(
        this IronArmyDbContext db, long teamId, DateOnly month, DateOnly through, CancellationToken ct)
    {
        var start = new DateOnly(month.Year, month.Month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        var last = through < end ? through : end;
        // ORDER BY … DESC LIMIT 1 is one backward seek of the index; MAX over the range reads the range.
        var latest = await db.KickoffPlans
            .Where(p => p.TeamId == teamId && p.WorkDate >= start && p.WorkDate <= last)
            .OrderByDescending(p => p.WorkDate)
            .Select(p => (DateOnly?)p.WorkDate)
            .FirstOrDefaultAsync(ct);
        if (latest is not { } latestDate) return new Dictionary<long, long>();

        var reps = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive)
            .Select(m => m.Id)
            .ToListAsync(ct);
        var targets = new Dictionary<long, long>();
        var onLatest = await db.KickoffPlans.AsNoTracking()
            .Where(p => p.TeamId == teamId && p.WorkDate == latestDate)
            .Select(p => new { p.MemberId, p.MonthAmountMinor })
            .ToListAsync(ct);
        var active = reps.ToHashSet();
        // A plan that left the month unset (a rep's first) states no month target: look further back.
        foreach (var p in onLatest.Where(p => active.Contains(p.MemberId) && p.MonthAmountMinor is not null)) targets[p.MemberId] = p.MonthAmountMinor!.Value;

        var missing = reps.Where(id => !targets.ContainsKey(id)).ToList();
        if (missing.Count == 0) return targets;
        var earlier = await db.Members.AsNoTracking()
            .Where(m => missing.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                Target = db.KickoffPlans
                    .Where(p => p.MemberId == m.Id && p.WorkDate >= start && p.WorkDate < latestDate && p.MonthAmountMinor != null)
                    .OrderByDescending(p => p.WorkDate)
                    .Select(p => p.MonthAmountMinor)
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        foreach (var r in earlier.Where(r => r.Target is not null)) targets[r.Id] = r.Target!.Value;
        return targets;
    }
}
