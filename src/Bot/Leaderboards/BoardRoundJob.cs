using IronArmy.Bot.Scheduling;
using IronArmy.Core.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SchedulingOptions = IronArmy.Bot.Scheduling.SchedulingOptions;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// Fires with the digest (its own trigger in the team's group, same time and zone; see
/// <see cref="TeamSchedules"/>): recaps close then, so the day's numbers are final. On a work day of
/// a team with a channel it schedules <see cref="BoardPostJob"/> at the team's board time, the
/// digest plus its offset — a one-shot in the persistent store, so a restart in between loses nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BoardRoundJob(IronArmyDbContext db, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<BoardRoundJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var digestUtc = (context.ScheduledFireTimeUtc ?? clock.GetUtcNow()).UtcDateTime;
        if (!MissedFirePolicy.ShouldRun(digestUtc, now, options.Value.MisfireTolerance)) return;

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true, ChannelId: not null }) return;
        var date = team.Schedule.Zone.DateOf(digestUtc);
        var calendar = await db.TeamCalendarAsync(teamId, date, date, ct);
        if (!calendar.IsWorkDay(date)) return;

        var at = digestUtc + team.Board.AfterDigest;
        await BoardPostJob.ScheduleAsync(context.Scheduler, teamId, date, at, ct);
        log.LogInformation("Boards for team {TeamId} on {WorkDate} scheduled at {AtUtc:o}", teamId, date, at);
    }
}
