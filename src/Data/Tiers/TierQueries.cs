using System.Linq.Expressions;
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

/// <summary>A ranked rep and their sums over one window.</summary>
public sealed record TierRepSums(TierRep Rep, WindowSums Sums);

/// <summary>A rep's running totals at a row of theirs (see <see cref="Leaderboards.RepDayRollup"/>); null before their first row.</summary>
public sealed record RunningPoint(long SignedAmountMinor, int ValidNewCustomers, int Visits, int MovedToA);

/// <summary>An active rep with their running totals at the end of a window and just before its start.</summary>
public sealed record TierEdges(long MemberId, string Name, DateTime JoinedAtUtc, RunningPoint? End, RunningPoint? Start);

/// <summary>
/// What the 271 ranking reads: the team's active reps and the day rollups (never visits or recaps).
/// A window's sums are the difference of a rep's running totals at its last day and just before its
/// first: per rep and edge, one seek of the (MemberId, WorkDate) index for the row and one by its id —
/// about 4,000 seeks a window for 1,000 reps, where summing the window's rows grouped ~25,000 index
/// rows in a temporary B-tree with conditional sums (the old design, 4× slower on the benchmark).
/// One query per window, so a ranking and the one it is compared with can be read side by side.
/// </summary>
public static class TierQueries
{
    /// <summary>The team's active reps (managers coach the 271; they are not in it) with their sums from <paramref name="from"/> through <paramref name="through"/>.</summary>
    public static async Task<IReadOnlyList<TierRepSums>> TierWindowAsync(
        this IronArmyDbContext db, long teamId, TeamZone zone, DateOnly from, DateOnly through, CancellationToken ct)
    {
        var reps = new List<TierRepSums>();
        await foreach (var e in CompiledEdges(db, teamId, from, through).WithCancellation(ct))
        {
            // Rows from before join times were recorded carry the default instant: joined "always".
            var rep = new TierRep(e.MemberId, e.Name, e.JoinedAtUtc == default ? DateOnly.MinValue : zone.DateOf(e.JoinedAtUtc));
            reps.Add(new TierRepSums(rep, Between(e.Start, e.End)));
        }

        return reps;
    }

    private static WindowSums Between(RunningPoint? start, RunningPoint? end)
    {
        if (end is null) return WindowSums.None;
        return start is null
            ? new WindowSums(end.SignedAmountMinor, end.ValidNewCustomers, end.Visits, end.MovedToA)
            : new WindowSums(end.SignedAmountMinor - start.SignedAmountMinor, end.ValidNewCustomers - start.ValidNewCustomers, end.Visits - start.Visits, end.MovedToA - start.MovedToA);
    }

    /// <summary>The query itself (for its query plan in tests and the benchmark).</summary>
    public static IQueryable<TierEdges> Edges(IronArmyDbContext db, long teamId, DateOnly from, DateOnly through) =>
        EdgesQuery.Compile()(db, teamId, from, through);

    // Compiled once: the expression is large, and EF would otherwise walk it for its cache key on every call.
    private static readonly Func<IronArmyDbContext, long, DateOnly, DateOnly, IAsyncEnumerable<TierEdges>> CompiledEdges =
        EF.CompileAsyncQuery(EdgesQuery);

    private static Expression<Func<IronArmyDbContext, long, DateOnly, DateOnly, IQueryable<TierEdges>>> EdgesQuery =>
        (db, teamId, first, last) =>
            // Each edge is the id of the rep's last row on or before it: a seek in the unique index, whose
            // entries carry the row id, so the running totals are then one lookup by primary key.
            // Joins by key (LEFT JOIN … ON), not correlated Where: SQLite has no APPLY.
            from e in db.Members
                .Where(m => m.TeamId == teamId && m.IsActive && m.Role == MemberRole.Rep)
                .Select(m => new
                {
                    m.Id,
                    m.Name,
                    m.JoinedAtUtc,
                    End = db.RepDayRollups.Where(r => r.MemberId == m.Id && r.WorkDate <= last).OrderByDescending(r => r.WorkDate).Select(r => (long?)r.Id).FirstOrDefault(),
                    Start = db.RepDayRollups.Where(r => r.MemberId == m.Id && r.WorkDate < first).OrderByDescending(r => r.WorkDate).Select(r => (long?)r.Id).FirstOrDefault(),
                })
            join endRow in db.RepDayRollups on e.End equals (long?)endRow.Id into endRows
            from end in endRows.DefaultIfEmpty()
            join startRow in db.RepDayRollups on e.Start equals (long?)startRow.Id into startRows
            from start in startRows.DefaultIfEmpty()
            select new TierEdges(
                e.Id,
                e.Name,
                e.JoinedAtUtc,
                end == null ? null : new RunningPoint(end.RunningSignedAmountMinor, end.RunningValidNewCustomers, end.RunningVisits, end.RunningAConversions),
                start == null ? null : new RunningPoint(start.RunningSignedAmountMinor, start.RunningValidNewCustomers, start.RunningVisits, start.RunningAConversions));
}
