using IronArmy.Bot.Scheduling;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Teams;
using IronArmy.Data;

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
        if (await DueTeamDays.DueAsync(db, teamId, firedForUtc, ct) is not { } dueTeam) return prompted;
        var (team, date) = dueTeam;

        var now = clock.GetUtcNow().UtcDateTime;
        await followUps.ScheduleAsync(team, EveningShareTimeline.For(date, team.Schedule, team.RecapReminders).StartedAt(now), ct);
        return prompted;
    }
}
