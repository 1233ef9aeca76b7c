using IronArmy.Bot.Scheduling;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Teams;
using IronArmy.Data;

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
        if (await DueTeamDays.DueAsync(db, teamId, firedForUtc, ct) is not { } dueTeam) return prompted;
        var (team, date) = dueTeam;

        var now = clock.GetUtcNow().UtcDateTime;
        await followUps.ScheduleAsync(teamId, KickoffTimeline.For(date, team.Schedule, team.Reminders), now, ct);
        return prompted;
    }
}
