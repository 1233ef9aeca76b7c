using System.Globalization;
using IronArmy.Data;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;
using Quartz;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// When a team's waiting 标杆时刻 are posted: one post per team at a time, due one interval (10
/// minutes by default) after the oldest waiting moment and at least one interval after the last
/// post — so moments close together share a card and the channel is never flooded. The post is a
/// one-shot Quartz trigger in the persistent store; the moments themselves wait in the database.
/// </summary>
public sealed class ShoutOutSchedule(ISchedulerFactory schedulers)
{
    public const string TeamIdKey = "teamId";

    /// <summary>Schedules the team's next post unless one is already scheduled; nothing when no moment waits.</summary>
    public async Task EnsureScheduledAsync(IronArmyDbContext db, Team team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        if (await scheduler.GetTrigger(LeaderboardKeys.ShoutOutTrigger(team.Id), ct) is not null) return;
        if (await DueAsync(db, team, ct) is { } due) await ScheduleAtAsync(scheduler, team.Id, due, ct);
    }

    /// <summary>When the team's waiting moments may go out; null when none waits.</summary>
    public static async Task<DateTime?> DueAsync(IronArmyDbContext db, Team team, CancellationToken ct)
    {
        if (await db.FirstWaitingShoutOutAtAsync(team.Id, ct) is not { } first) return null;
        var last = await db.LastShoutOutPostAtAsync(team.Id, ct);
        var from = last is { } l && l > first ? l : first;
        return from + team.ShoutOuts.Interval;
    }

    public static async Task ScheduleAtAsync(IScheduler scheduler, long teamId, DateTime atUtc, CancellationToken ct)
    {
        var job = JobBuilder.Create<ShoutOutPostJob>()
            .WithIdentity(LeaderboardKeys.ShoutOutJob(teamId))
            .UsingJobData(TeamIdKey, teamId.ToString(CultureInfo.InvariantCulture))
            .Build();
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(LeaderboardKeys.ShoutOutTrigger(teamId)).ForJob(job).StartAt(atUtc).Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

}
