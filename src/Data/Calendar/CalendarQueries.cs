using IronArmy.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Calendar;

/// <summary>Reading a team's calendar exceptions and a member's leave for a range of dates (both ends inclusive).</summary>
public static class CalendarQueries
{
    /// <summary>The team's holidays and make-up work days from <paramref name="from"/> to <paramref name="to"/>, by date.</summary>
    public static async Task<IReadOnlyList<TeamCalendarDay>> TeamCalendarDaysAsync(this IronArmyDbContext db, long teamId, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.TeamCalendarDays.AsNoTracking()
            .Where(d => d.TeamId == teamId && d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date)
            .ToListAsync(ct);

    /// <summary>The team's work week with its exceptions from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static async Task<TeamCalendar> TeamCalendarAsync(this IronArmyDbContext db, long teamId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var workDays = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Schedule.WorkDays).SingleAsync(ct);
        var days = await db.TeamCalendarDaysAsync(teamId, from, to, ct);
        return new TeamCalendar(workDays, days.ToDictionary(d => d.Date, d => d.Kind));
    }

    /// <summary>
    /// The member's leaves that still cover some date from <paramref name="from"/> to <paramref name="to"/>
    /// (a leave cancelled before the range is left out), by start date.
    /// </summary>
    public static async Task<IReadOnlyList<MemberLeave>> MemberLeavesAsync(this IronArmyDbContext db, long memberId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.MemberLeaves.AsNoTracking()
            .Where(l => l.MemberId == memberId && l.From <= to && l.To >= from)
            .OrderBy(l => l.From).ThenBy(l => l.Id)
            .ToListAsync(ct);
        // The cancellation is applied here, not in SQL: it is what the row means, not a filter.
        return [.. rows.Where(l => !l.IsVoid && l.EffectiveTo >= from)];
    }

    /// <summary>
    /// The leaves of the team's active members that still cover some date from <paramref name="from"/>
    /// to <paramref name="to"/>, as each member's date ranges: one query for the whole team.
    /// </summary>
    public static async Task<ILookup<long, DateRange>> TeamLeavesAsync(this IronArmyDbContext db, long teamId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.MemberLeaves.AsNoTracking()
            .Where(l => l.From <= to && l.To >= from && db.Members.Any(m => m.Id == l.MemberId && m.TeamId == teamId && m.IsActive))
            .ToListAsync(ct);
        return rows.Where(l => !l.IsVoid && l.EffectiveTo >= from).ToLookup(l => l.MemberId, l => new DateRange(l.From, l.EffectiveTo));
    }
}
