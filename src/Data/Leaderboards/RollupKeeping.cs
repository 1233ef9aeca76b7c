using IronArmy.Core.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// Keeps a rep's day rollup and month rollup in step with their recap: called by the recap save
/// before its SaveChanges, so the recap, its facts and both rollups commit in one transaction.
/// </summary>
internal static class RollupKeeping
{
    /// <summary>
    /// Stages (does not save) the day's rollup holding <paramref name="day"/> and the month's rollup
    /// recomputed from the month's other stored days plus this one. Returns false, staging nothing,
    /// when the day's rollup already holds <paramref name="day"/>.
    /// </summary>
    public static async Task<bool> StageRollupsAsync(this IronArmyDbContext db, long teamId, long memberId, RepDayTally day, DateTime nowUtc, CancellationToken ct)
    {
        var rollup = await db.RepDayRollups.SingleOrDefaultAsync(r => r.MemberId == memberId && r.WorkDate == day.WorkDate, ct);
        if (rollup is not null && rollup.Holds(day)) return false;
        if (rollup is null) db.RepDayRollups.Add(RepDayRollup.Of(teamId, memberId, day, nowUtc));
        else rollup.Hold(day, nowUtc);

        var month = BoardPeriod.MonthOf(day.WorkDate);
        var others = await db.RepDayRollups
            .Where(r => r.MemberId == memberId && r.WorkDate >= month.Start && r.WorkDate <= month.End && r.WorkDate != day.WorkDate)
            .GroupBy(r => r.MemberId)
            .Select(g => new RepTotals(g.Key, g.Sum(r => r.SignedAmountMinor), g.Sum(r => r.Signings), g.Sum(r => r.Visits), g.Sum(r => r.ValidNewCustomers), g.Sum(r => r.AConversions), g.Count()))
            .SingleOrDefaultAsync(ct);
        var totals = (others ?? RepTotals.None(memberId)).Plus(day);
        var row = await db.RepMonthRollups.SingleOrDefaultAsync(r => r.MemberId == memberId && r.Month == month.Start, ct);
        if (row is null)
        {
            row = new RepMonthRollup { TeamId = teamId, MemberId = memberId, Month = month.Start };
            db.RepMonthRollups.Add(row);
        }

        if (row.Id == 0 || !row.Holds(totals)) row.Hold(totals, nowUtc);
        return true;
    }
}
