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
/// (<see cref="BoardPosts.ScheduledKey"/>), however often this runs; a post missed by more than the
/// misfire tolerance (the bot was down) is skipped rather than posted days late.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BoardPostJob(IronArmyDbContext db, BoardPosts posts, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<BoardPostJob> log) : IJob
{
    private const string TeamIdKey = "teamId";
    private const string WorkDateKey = "workDate";

    public static async Task ScheduleAsync(IScheduler scheduler, long teamId, DateOnly workDate, DateTime atUtc, CancellationToken ct)
    {
        var name = $"post-{workDate:yyyy-MM-dd}";
        var group = Group(teamId);
        var job = JobBuilder.Create<BoardPostJob>()
            .WithIdentity(name, group)
            .UsingJobData(TeamIdKey, teamId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(WorkDateKey, workDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(name, group).StartAt(atUtc).Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

    public static string Group(long teamId) => "boards-" + teamId.ToString(CultureInfo.InvariantCulture);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var teamId = long.Parse(context.MergedJobDataMap.GetString(TeamIdKey)!, CultureInfo.InvariantCulture);
        var date = DateOnly.ParseExact(context.MergedJobDataMap.GetString(WorkDateKey)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
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
