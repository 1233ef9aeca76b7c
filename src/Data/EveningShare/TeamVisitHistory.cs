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
/// and its history: one query, the recaps and facts both read by their (TeamId, WorkDate) index.
/// </summary>
public static class TeamVisitHistory
{
    /// <summary>
    /// Each rep's day for the team's last <paramref name="workDays"/> work dates up to and including
    /// <paramref name="through"/>, a work date being one on which anyone in the team shared a recap
    /// (only work days prompt for one). Ordered by member, then date; a rep who shared no recap on
    /// a date has no entry for it.
    /// </summary>
    public static async Task<IReadOnlyList<RepDayFacts>> TeamLastWorkDaysAsync(this IronArmyDbContext db, long teamId, DateOnly through, int workDays, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workDays);
        var dates = db.Recaps
            .Where(r => r.TeamId == teamId && r.WorkDate <= through)
            .Select(r => r.WorkDate)
            .Distinct()
            .OrderByDescending(d => d)
            .Take(workDays);
        return await Read(db.Recaps.Where(r => r.TeamId == teamId && dates.Contains(r.WorkDate)), ct);
    }

    /// <summary>Each rep's day for the team's recaps dated <paramref name="from"/> to <paramref name="through"/> inclusive, ordered by member, then date.</summary>
    public static Task<IReadOnlyList<RepDayFacts>> TeamDaysBetweenAsync(this IronArmyDbContext db, long teamId, DateOnly from, DateOnly through, CancellationToken ct) =>
        Read(db.Recaps.Where(r => r.TeamId == teamId && r.WorkDate >= from && r.WorkDate <= through), ct);

    private static async Task<IReadOnlyList<RepDayFacts>> Read(IQueryable<RecapEntry> recaps, CancellationToken ct)
    {
        var rows = await recaps
            .AsNoTracking()
            .OrderBy(r => r.MemberId)
            .ThenBy(r => r.WorkDate)
            .Select(r => new
            {
                r.MemberId,
                r.WorkDate,
                Planned = r.Planned.Count,
                ValidNew = r.NewCustomers.Count(c => c.HasNeed && c.HasBudget && c.IsPayer),
                Facts = r.Facts.OrderBy(f => f.Row).Select(f => new { f.Customer, f.Type, f.Before, f.After, f.ReachedFirstKp, f.SignedAmountMinor, f.Planned }).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new RepDayFacts(
            r.MemberId,
            r.WorkDate,
            r.Planned,
            r.ValidNew,
            [.. r.Facts.Select(f => new VisitFact(f.Customer, f.Type, f.Before, f.After, f.ReachedFirstKp, f.SignedAmountMinor, f.Planned))]))];
    }
}
