using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Data.Calendar;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// What <see cref="ShoutOuts.Detect"/> needs around a rep's recap save, read from the day rollups
/// (after the save, so it is included where it should be and left out where it must be).
/// </summary>
public static class ShoutOutQueries
{
    /// <summary>How far back the streak is read: runs up to about 150 due days can be told.</summary>
    public const int StreakLookBackDays = 180;

    /// <summary>
    /// The team's and the rep's state around <paramref name="workDate"/>, read after the rep's recap
    /// for that date was saved: whether another rep signed that day, the week's biggest other deal,
    /// the rep's month/quarter/year signed amounts, and their streak history with the team calendar
    /// and their leave.
    /// </summary>
    public static async Task<ShoutOutContext> ShoutOutContextAsync(
        this IronArmyDbContext db, long teamId, long memberId, DateOnly workDate, CancellationToken ct)
    {
        var knownSince = workDate.AddDays(-StreakLookBackDays);
        var calendar = await db.TeamCalendarAsync(teamId, knownSince, workDate.AddDays(7), ct);
        var week = BoardPeriod.WeekOf(workDate, calendar.WorkDays);

        var anotherSigned = await db.RepDayRollups.AnyAsync(
            r => r.TeamId == teamId && r.WorkDate == workDate && r.MemberId != memberId && r.Signings > 0, ct);
        var weekBiggest = await db.RepDayRollups
            .Where(r => r.TeamId == teamId && r.WorkDate >= week.Start && r.WorkDate <= week.End && (r.MemberId != memberId || r.WorkDate != workDate))
            .MaxAsync(r => (long?)r.BiggestDealMinor, ct) ?? 0;

        var totals = await db.RepClubTotalsAsync(memberId, workDate, ct);
        var met = await db.RepDayRollups.AsNoTracking()
            .Where(r => r.MemberId == memberId && r.WorkDate >= knownSince && r.WorkDate < workDate)
            .Select(r => new { r.WorkDate, r.MetValidNewStandard })
            .ToDictionaryAsync(r => r.WorkDate, r => r.MetValidNewStandard, ct);
        var leave = (await db.MemberLeavesAsync(memberId, knownSince, workDate, ct)).Select(l => new DateRange(l.From, l.EffectiveTo)).ToList();

        return new ShoutOutContext(anotherSigned, weekBiggest, week, totals, calendar, leave, met, knownSince);
    }

    /// <summary>The member's signed amount in the month, quarter and year containing <paramref name="date"/>: one query over their year.</summary>
    public static async Task<ClubTotals> RepClubTotalsAsync(this IronArmyDbContext db, long memberId, DateOnly date, CancellationToken ct)
    {
        var year = MillionClub.PeriodOf(ClubPeriod.Year, date);
        var quarter = MillionClub.PeriodOf(ClubPeriod.Quarter, date);
        var month = MillionClub.PeriodOf(ClubPeriod.Month, date);
        var sums = await db.RepDayRollups
            .Where(r => r.MemberId == memberId && r.WorkDate >= year.Start && r.WorkDate <= year.End)
            .GroupBy(r => r.MemberId)
            .Select(g => new
            {
                Year = g.Sum(r => r.SignedAmountMinor),
                Quarter = g.Sum(r => r.WorkDate >= quarter.Start && r.WorkDate <= quarter.End ? r.SignedAmountMinor : 0),
                Month = g.Sum(r => r.WorkDate >= month.Start && r.WorkDate <= month.End ? r.SignedAmountMinor : 0),
            })
            .SingleOrDefaultAsync(ct);
        return sums is null ? new ClubTotals(0, 0, 0) : new ClubTotals(sums.Month, sums.Quarter, sums.Year);
    }
}
