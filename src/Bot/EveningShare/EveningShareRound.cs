using IronArmy.Bot.Scheduling;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// A team's evening share for one work date: the recap form to every rep due who has not shared
/// yet, then the nudge, the managers' list and the shared wins at their times. Started by the 18:30
/// trigger or by a manager's <c>share now</c>; starting it again sends nobody a second prompt.
/// </summary>
public sealed class EveningShareRound(IronArmyDbContext db, RitualFanOut fanOut, EveningShareFollowUps followUps, TimeProvider clock)
{
    /// <summary>Returns how many reps were prompted now.</summary>
    public async Task<int> StartAsync(long teamId, DateTime firedForUtc, CancellationToken ct)
    {
        var prompted = await fanOut.RunAsync(Ritual.EveningShare, teamId, firedForUtc, ct);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true }) return prompted;
        var date = WorkDay.Of(firedForUtc, team.TimeZoneId);
        var calendar = await db.TeamCalendarAsync(teamId, date, date, ct);
        if (!calendar.IsWorkDay(date)) return prompted;

        var now = clock.GetUtcNow().UtcDateTime;
        await followUps.ScheduleAsync(team, EveningShareTimeline.For(date, team.Schedule, team.RecapReminders).StartedAt(now), ct);
        return prompted;
    }
}
