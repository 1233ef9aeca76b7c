using System.Collections.Concurrent;
using Quartz;
using Quartz.Extensibility;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>
/// What the bot's Quartz scheduler is doing, as its listeners hear it: which fires have finished, how
/// many jobs are running, and a signal that something changed. <see cref="BotHost"/> waits on it
/// instead of sleeping: a due trigger is work still to do, a fired one is done when its job has run.
/// </summary>
internal sealed class SchedulerActivity : IJobListener, ITriggerListener, ISchedulerListener
{
    // By fire instance, not by (trigger, time): a one-shot trigger replaced at the same fake instant (two
    // roster syncs requested without the clock moving) fires again with the same scheduled time.
    private readonly ConcurrentDictionary<string, bool> _finished = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private TaskCompletionSource _changed = New();
    private int _running;

    public string Name => "bot-host-activity";

    /// <summary>Jobs that threw, as "group.name: message" (the host reports them rather than let a test pass on a job that failed).</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Completes at the next thing the scheduler reports: take it before looking, await it after.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Attach(IScheduler scheduler)
    {
        scheduler.ListenerManager.AddJobListener(this, [Matchers.AllJobs()]);
        scheduler.ListenerManager.AddTriggerListener(this, [Matchers.AllTriggers()]);
        scheduler.ListenerManager.AddSchedulerListener(this);
    }

    /// <summary>Null when nothing is due, running or fired and unfinished at <paramref name="nowUtc"/>; else what is.</summary>
    public async Task<string?> BusyAsync(IScheduler scheduler, DateTimeOffset nowUtc)
    {
        if (Volatile.Read(ref _running) is var running and > 0) return $"{running} job(s) running";
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup()))
        {
            if (await scheduler.GetTrigger(key) is not { } trigger) continue; // finished and removed meanwhile
            if (trigger.NextFireTimeUtc is { } next && next <= nowUtc)
            {
                if (scheduler.Status != SchedulerStatus.Running) return $"{key} due at {next:o}, the scheduler not started yet";
                return $"{key} due at {next:o}";
            }

            // Fired by the store but its job has not finished (or not even started) yet.
            if (trigger.PreviousFireTimeUtc is { } fired && !_finished.ContainsKey(FireOf(trigger))) return $"{key} fired at {fired:o}, its job not finished";
        }

        return null;
    }

    /// <summary>The earliest next fire of any trigger, or null when nothing is scheduled.</summary>
    public static async Task<DateTimeOffset?> NextFireAsync(IScheduler scheduler)
    {
        DateTimeOffset? earliest = null;
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup()))
        {
            if (await scheduler.GetTrigger(key) is { NextFireTimeUtc: { } next } && (earliest is null || next < earliest)) earliest = next;
        }

        return earliest;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _running);
        Pulse();
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Finished(context);
        Pulse();
        return ValueTask.CompletedTask;
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is not null) _failures.Enqueue($"{context.JobDetail.Key}: {jobException.GetBaseException().Message}");
        Finished(context);
        Interlocked.Decrement(ref _running);
        Pulse();
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        Pulse();
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggerSkipped(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        Pulse();
        return ValueTask.CompletedTask;
    }

    public ValueTask SchedulerStarted(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        Pulse();
        return ValueTask.CompletedTask;
    }

    private void Finished(IJobExecutionContext context) => _finished[context.FireInstanceId] = true;

    /// <summary>The store stamps a trigger with a new fire instance id each time it takes it to fire.</summary>
    private static string FireOf(ITrigger trigger) =>
        (trigger as IOperableTrigger)?.FireInstanceId ?? throw new InvalidOperationException($"{trigger.Key} has fired without a fire instance id");

    private void Pulse() => Interlocked.Exchange(ref _changed, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
