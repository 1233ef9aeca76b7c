using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data.Calendar;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Kickoff;

/// <summary>
/// Who the kickoff is for on a work date, and who of them has not submitted yet. SQL only narrows
/// the rows; what the calendar and leave rows mean is decided in memory by <see cref="TeamCalendar"/>
/// and <see cref="MemberLeave.Covers"/>, and who is in the audience by Core's <see cref="RitualAudience"/>.
/// </summary>
public static class RepsDue
{
    /// <summary>
    /// The reps the kickoff prompts on <paramref name="workDate"/>, in name order: none when the team
    /// is inactive or the date is not a team work day (work week, holidays, make-up days); otherwise
    /// the active, reachable reps who are not on leave that date.
    /// </summary>
    public static async Task<IReadOnlyList<Member>> RepsDueOnAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking()
            .Where(t => t.Id == teamId)
            .Select(t => new { t.IsActive, t.Locale })
            .SingleAsync(ct);
        if (!team.IsActive) return [];

        var calendar = await db.TeamCalendarAsync(teamId, workDate, workDate, ct);
        if (!calendar.IsWorkDay(workDate)) return [];

        var members = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive && m.Role == MemberRole.Rep)
            .ToListAsync(ct);
        var reps = members.Where(m => RitualAudience.Includes(Ritual.Kickoff, m.Role, m.IsActive, m.UnreachableSinceUtc)).ToList();
        var ids = reps.Select(m => m.Id).ToList();
        var leaves = await db.MemberLeaves.AsNoTracking()
            .Where(l => ids.Contains(l.MemberId) && l.From <= workDate && l.To >= workDate)
            .ToListAsync(ct);
        var onLeave = leaves.Where(l => l.Covers(workDate)).Select(l => l.MemberId).ToHashSet();

        return [.. reps
            .Where(m => !onLeave.Contains(m.Id))
            .OrderBy(m => m.Name, TeamPlansOfDay.NameOrder(team.Locale))
            .ThenBy(m => m.Id)];
    }

    /// <summary>The reps due on <paramref name="workDate"/> who have no plan for it yet (the nudge and the managers' list), in name order.</summary>
    public static async Task<IReadOnlyList<Member>> RepsWithoutPlanAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        var due = await db.RepsDueOnAsync(teamId, workDate, ct);
        if (due.Count == 0) return due;
        var submitted = (await db.KickoffPlans
            .Where(p => p.TeamId == teamId && p.WorkDate == workDate)
            .Select(p => p.MemberId)
            .ToListAsync(ct)).ToHashSet();
        return [.. due.Where(m => !submitted.Contains(m.Id))];
    }
}
