using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>What a rep's recap of one work date adds up to: enough for Core's <see cref="RepDay"/>.</summary>
public sealed record RepDayFacts(long MemberId, DateOnly WorkDate, int PlannedVisits, int ValidNewCustomers, IReadOnlyList<VisitFact> Visits)
{
    public RepDay ToRepDay(VisitStandard standard) => RepDay.Of(WorkDate, PlannedVisits, Visits, ValidNewCustomers, standard);
}

/// <summary>
/// A team's recent days rep by rep, for the digest's "far below the standard three days running"
/// and its history: the recaps read by their (TeamId, WorkDate) index, then their facts.
/// </summary>
public static class TeamVisitHistory
{
    /// <summary>Each rep's day for the team's recaps dated <paramref name="from"/> to <paramref name="through"/> inclusive, ordered by member, then date.</summary>
    public static Task<IReadOnlyList<RepDayFacts>> TeamDaysBetweenAsync(this IronArmyDbContext db, long teamId, DateOnly from, DateOnly through, CancellationToken ct) =>
        Read(db, db.Recaps.Where(r => r.TeamId == teamId && r.WorkDate >= from && r.WorkDate <= through), ct);

    /// <remarks>
    /// Two flat queries, joined here: the recaps with their two counts (one row each), then their facts
    /// by the facts' (RecapId, Row) index. One query joining facts to recaps evaluated both counts once
    /// per fact and sorted the wide rows: three times the database work for a digest's few days.
    /// </remarks>
    private static async Task<IReadOnlyList<RepDayFacts>> Read(IronArmyDbContext db, IQueryable<RecapEntry> recaps, CancellationToken ct)
    {
        var days = await recaps
            .AsNoTracking()
            .OrderBy(r => r.MemberId)
            .ThenBy(r => r.WorkDate)
            .Select(r => new
            {
                r.Id,
                r.MemberId,
                r.WorkDate,
                Planned = r.Planned.Count,
                ValidNew = r.NewCustomers.Count(c => c.HasNeed && c.HasBudget && c.IsPayer),
            })
            .ToListAsync(ct);
        if (days.Count == 0) return [];

        var facts = (await db.VisitFacts
                .AsNoTracking()
                .Where(f => recaps.Select(r => r.Id).Contains(f.RecapId))
                .OrderBy(f => f.RecapId)
                .ThenBy(f => f.Row)
                .Select(f => new { f.RecapId, f.Customer, f.Type, f.Before, f.After, f.ReachedFirstKp, f.SignedAmountMinor, f.Planned })
                .ToListAsync(ct))
            .ToLookup(f => f.RecapId, f => new VisitFact(f.Customer, f.Type, f.Before, f.After, f.ReachedFirstKp, f.SignedAmountMinor, f.Planned));
        return [.. days.Select(d => new RepDayFacts(d.MemberId, d.WorkDate, d.Planned, d.ValidNew, [.. facts[d.Id]]))];
    }
}
