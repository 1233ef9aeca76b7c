using System.Globalization;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Scheduling;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SchedulingOptions = IronArmy.Bot.Scheduling.SchedulingOptions;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// The team's boards of one work date, to the channel, at the team's board time
/// (<see cref="BoardPosts.PostWorkDateAsync"/>). Each is queued once per team and period
/// (<see cref="LeaderboardKeys.ScheduledBoard"/>), however often this runs; a post missed by more than the
/// misfire tolerance (the bot was down) is skipped rather than posted days late.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BoardPostJob(IronArmyDbContext db, BoardPosts posts, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<BoardPostJob> log) : IJob
{
    public static Task ScheduleAsync(IScheduler scheduler, long teamId, DateOnly workDate, DateTime atUtc, CancellationToken ct) =>
        TeamDayJobs.ScheduleAsync<BoardPostJob>(scheduler, teamId, workDate, LeaderboardKeys.BoardPost(teamId, workDate), atUtc, ct);


    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var (teamId, date) = TeamDayJobs.Of(context);
        var scheduled = (context.ScheduledFireTimeUtc ?? clock.GetUtcNow()).UtcDateTime;
        if (!MissedFirePolicy.ShouldRun(scheduled, clock.GetUtcNow().UtcDateTime, options.Value.MisfireTolerance))
        {
            log.LogWarning("Skipped the boards of team {TeamId} for {WorkDate}: due {ScheduledUtc:o}, too late now", teamId, date, scheduled);
            return;
        }

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true, ChannelId: not null }) return;
        await posts.PostWorkDateAsync(team, date, ct);
    }
}
