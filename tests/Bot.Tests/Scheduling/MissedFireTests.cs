using IronArmy.Core.Teams;
using IronArmy.Bot.Scheduling;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Tests.Scheduling;

/// <summary>
/// The bot was down over 07:40 and starts again later: Quartz, on the fixture's clock, sees the
/// kickoff as overdue when the scheduler starts.
/// </summary>
public sealed class MissedFireTests
{
    // Thursday 2026-06-11 07:40 in Shanghai.
    private static readonly DateTime Kickoff = new(2026, 6, 10, 23, 40, 0, DateTimeKind.Utc);
    // Generous bound for Quartz's own thread to react; the assertions are about what happened, not when.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_kickoff_missed_by_less_than_the_tolerance_is_sent_when_the_bot_comes_back()
    {
        await using var f = new SchedulingFixture(Kickoff.AddHours(-1));
        var team = await f.AddTeamAsync(TeamSchedule.Default);
        var rep = await f.AddMemberAsync(team.Id, "Ana");
        await f.Schedules.ScheduleAsync(team.Id, TeamSchedule.Default);
        var scheduler = await f.Scheduler();
        var ran = new JobRan();
        scheduler.ListenerManager.AddJobListener(ran, [Matchers.Key(RitualKeys.Job(team.Id, Ritual.Kickoff))]);

        f.Clock.SetUtcNow(Kickoff.AddMinutes(30)); // down from 06:40 to 08:10
        await scheduler.Start();
        var context = await ran.Completed.Task.WaitAsync(Patience);

        Assert.Equal(Kickoff, context.ScheduledFireTimeUtc!.Value.UtcDateTime);
        await using var db = f.NewDb();
        var row = Assert.Single(await db.Outbox.ToListAsync());
        Assert.Equal(RitualKeys.Idempotency(Ritual.Kickoff, rep.Id, new DateOnly(2026, 6, 11)), row.IdempotencyKey);
        f.DeleteDatabase();
    }

    [Fact]
    public async Task A_kickoff_missed_by_more_than_the_tolerance_is_skipped_and_reported()
    {
        await using var f = new SchedulingFixture(Kickoff.AddHours(-1));
        var team = await f.AddTeamAsync(TeamSchedule.Default);
        await f.AddMemberAsync(team.Id, "Ana");
        await f.Schedules.ScheduleAsync(team.Id, TeamSchedule.Default);
        var scheduler = await f.Scheduler();
        var misfired = new Misfired();
        scheduler.ListenerManager.AddTriggerListener(misfired, [Matchers.Key(RitualKeys.Trigger(team.Id, Ritual.Kickoff))]);

        f.Clock.SetUtcNow(Kickoff.AddMinutes(90)); // down from 06:40 to 09:10
        await scheduler.Start();
        await misfired.Reported.Task.WaitAsync(Patience);
        // Listeners hear of the misfire just before the store moves the trigger on.
        var next = await Eventually(async () => (await f.Schedules.NextFiresAsync(team.Id))[Ritual.Kickoff], n => n != Kickoff);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        // Skipped, not run late: the trigger moved on to Friday's kickoff and nothing was queued.
        Assert.Equal(Kickoff.AddDays(1), next);
        await using var db = f.NewDb();
        Assert.Empty(await db.Outbox.ToListAsync());
        f.DeleteDatabase();
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var patience = new CancellationTokenSource(Patience);
        var value = await read();
        while (!done(value))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
            value = await read();
        }

        return value;
    }

    private sealed class JobRan : IJobListener
    {
        public TaskCompletionSource<IJobExecutionContext> Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => nameof(JobRan);

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (jobException is null) Completed.TrySetResult(context);
            else Completed.TrySetException(jobException);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class Misfired : ITriggerListener
    {
        public TaskCompletionSource<ITrigger> Reported { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => nameof(Misfired);

        public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Reported.TrySetResult(trigger);
            return ValueTask.CompletedTask;
        }
    }
}
