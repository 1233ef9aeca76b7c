using IronArmy.Core.Teams;
using Microsoft.Extensions.Options;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// A team's three ritual triggers in Quartz, and those of the features' daily jobs (<see cref="TeamDailyJobs"/>, e.g. the boards
/// beside the digest): daily cron in the team's IANA zone; the jobs skip days the team calendar says are off.
/// Call <see cref="ScheduleAsync"/> whenever a team's schedule settings change or it is installed,
/// and <see cref="UnscheduleAsync"/> when it is uninstalled.
/// </summary>
public sealed class TeamSchedules(ISchedulerFactory schedulerFactory, IOptions<TeamDailyJobs> dailyJobs, TimeProvider time, ILogger<TeamSchedules> log)
{
    /// <summary>
    /// Makes the team's triggers match <paramref name="schedule"/>. A trigger that already matches is
    /// left alone, so calling this again (the start-up reconciler does, for every team) never forgets
    /// a fire that is due but not yet handled.
    /// </summary>
    public async Task ScheduleAsync(long teamId, TeamSchedule schedule, CancellationToken ct = default)
    {
        var zone = schedule.Zone.TimeZoneInfo;
        var scheduler = await schedulerFactory.GetScheduler(ct);
        foreach (var ritual in RitualKeys.All)
            await ScheduleDailyAsync(scheduler, RitualKeys.Job(teamId, ritual), typeof(RitualJob), schedule.TimeOf(ritual), zone, ct);

        foreach (var daily in dailyJobs.Value.Jobs)
            await ScheduleDailyAsync(scheduler, new JobKey(daily.Name, RitualKeys.Group(teamId)), daily.JobType, schedule.TimeOf(daily.At), zone, ct);
    }

    /// <summary>A daily cron trigger named as its job; left alone when it already fires at that time in that zone.</summary>
    private async Task ScheduleDailyAsync(IScheduler scheduler, JobKey jobKey, Type jobType, TimeOnly at, TimeZoneInfo zone, CancellationToken ct)
    {
        var cron = RitualCron.For(at);
        var key = new TriggerKey(jobKey.Name, jobKey.Group);
        if (await scheduler.GetTrigger(key, ct) is ICronTrigger current
            && current.CronExpressionString == cron
            && current.TimeZone.Id == zone.Id)
            return;

        var job = JobBuilder.Create()
            .OfType(jobType)
            .WithIdentity(jobKey)
            .Build();
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(key)
            .ForJob(job)
            .StartAt(time.GetUtcNow())
            .WithSchedule(CronScheduleBuilder.Create(cron)
                .InTimeZone(zone)
                // A fire later than the misfire threshold is skipped (and logged by MissedFireListener);
                // within it, Quartz fires it late as usual.
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
        log.LogInformation("Scheduled {Job} for group {Group}: {Cron} in {Zone}", jobKey.Name, jobKey.Group, cron, zone.Id);
    }

    /// <summary>Removes all of the team's triggers and jobs (uninstall). Nothing happens if there are none.</summary>
    public async Task UnscheduleAsync(long teamId, CancellationToken ct = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(ct);
        await scheduler.DeleteJobs(GroupMatcher<JobKey>.GroupEquals(RitualKeys.Group(teamId)), ct);
        log.LogInformation("Unscheduled team {TeamId}", teamId);
    }

    /// <summary>
    /// The next fire instant (UTC) of each scheduled ritual of the team on a day <paramref name="isWorkDay"/>
    /// accepts (given the team's local date), looking up to <paramref name="lookAheadDays"/> fires ahead;
    /// a ritual without a trigger, or without a work day in reach, is absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Ritual, DateTime>> NextFiresAsync(long teamId, Func<DateTime, bool>? isWorkDay = null, int lookAheadDays = 62, CancellationToken ct = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(ct);
        var next = new Dictionary<Ritual, DateTime>();
        foreach (var ritual in RitualKeys.All)
        {
            if (await scheduler.GetTrigger(RitualKeys.Trigger(teamId, ritual), ct) is not { } trigger) continue;
            var fire = trigger.NextFireTimeUtc;
            for (var i = 0; fire is { } f && i < lookAheadDays; i++)
            {
                if (isWorkDay is null || isWorkDay(f.UtcDateTime))
                {
                    next[ritual] = f.UtcDateTime;
                    break;
                }

                fire = trigger.GetFireTimeAfter(f);
            }
        }

        return next;
    }

    /// <summary>The teams that have anything scheduled.</summary>
    public async Task<IReadOnlySet<long>> ScheduledTeamsAsync(CancellationToken ct = default)
    {
        var scheduler = await schedulerFactory.GetScheduler(ct);
        var groups = await scheduler.GetJobGroupNames(ct);
        return groups.Select(RitualKeys.TeamIdOf).OfType<long>().ToHashSet();
    }
}
