using IronArmy.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Calendar;

/// <summary>The calendar commands: a manager's holidays and make-up days, a rep's leave and return.</summary>
public static class CalendarChanges
{
    /// <summary>The longest range one command may set; a typo such as 2026..2062 should not write decades of rows.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>
    /// Marks every date from <paramref name="from"/> to <paramref name="to"/> as <paramref name="kind"/>
    /// for the team, replacing an earlier mark on the same date. Returns how many dates were set.
    /// </summary>
    public static async Task<int> SetTeamDaysAsync(
        this IronArmyDbContext db, long teamId, DateOnly from, DateOnly to, DayOverride kind, long? byMemberId, DateTime nowUtc, CancellationToken ct)
    {
        CheckRange(from, to);
        var existing = await db.TeamCalendarDays
            .Where(d => d.TeamId == teamId && d.Date >= from && d.Date <= to)
            .ToDictionaryAsync(d => d.Date, ct);
        var count = 0;
        for (var date = from; date <= to; date = date.AddDays(1), count++)
        {
            if (!existing.TryGetValue(date, out var day))
            {
                day = new TeamCalendarDay { TeamId = teamId, Date = date };
                db.TeamCalendarDays.Add(day);
            }

            day.Kind = kind;
            day.SetByMemberId = byMemberId;
            day.SetAtUtc = nowUtc;
        }

        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>Records leave from <paramref name="from"/> to <paramref name="to"/> for the member.</summary>
    public static async Task<MemberLeave> AddLeaveAsync(this IronArmyDbContext db, long memberId, DateOnly from, DateOnly to, DateTime nowUtc, CancellationToken ct)
    {
        CheckRange(from, to);
        var leave = new MemberLeave { MemberId = memberId, From = from, To = to, CreatedAtUtc = nowUtc };
        db.MemberLeaves.Add(leave);
        await db.SaveChangesAsync(ct);
        return leave;
    }

    /// <summary>
    /// The member is back from <paramref name="date"/> on: every leave still covering that date or
    /// later stops the day before (a leave that had not started yet is cancelled whole). Rows are
    /// kept with the cancellation recorded. Returns how many leaves changed.
    /// </summary>
    public static async Task<int> EndLeaveFromAsync(this IronArmyDbContext db, long memberId, DateOnly date, DateTime nowUtc, CancellationToken ct)
    {
        var candidates = await db.MemberLeaves.Where(l => l.MemberId == memberId && l.To >= date).ToListAsync(ct);
        var changed = candidates.Count(l => l.CancelFrom(date, nowUtc));
        if (changed > 0) await db.SaveChangesAsync(ct);
        return changed;
    }

    private static void CheckRange(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        if (to.DayNumber - from.DayNumber + 1 > MaxRangeDays) throw new ArgumentException($"A range is at most {MaxRangeDays} days.", nameof(to));
    }
}
