using IronArmy.Bot.Scheduling;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// A team's kickoff for one work date: the form to every rep due who has not planned yet, then the
/// nudge, the managers' list and the board at their offsets. Started by the 07:40 trigger or by a
/// manager's <c>kickoff now</c>; starting it again sends nobody a second prompt.
/// </summary>
public sealed class KickoffRound(IronArmyDbContext db, RitualFanOut fanOut, KickoffFollowUps followUps, TimeProvider clock)
{
    /// <summary>Returns how many reps were prompted now.</summary>
    public async Task<int> StartAsync(long teamId, DateTime firedForUtc, CancellationToken ct)
    {
        var prompted = await fanOut.RunAsync(Ritual.Kickoff, teamId, firedForUtc, ct);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true }) return prompted;
        var date = WorkDay.Of(firedForUtc, team.TimeZoneId);
        var calendar = await db.TeamCalendarAsync(teamId, date, date, ct);
        if (!calendar.IsWorkDay(date)) return prompted;

        var now = clock.GetUtcNow().UtcDateTime;
        await followUps.ScheduleAsync(teamId, KickoffTimeline.For(date, team.Schedule, team.Reminders), now, ct);
        return prompted;
    }
}
