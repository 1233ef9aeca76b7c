using System.Collections.Concurrent;
using Quartz;

namespace IronArmy.Bot.Operations;

/// <summary>
/// Moves the <see cref="MovableClock"/> on the way time passes for a running bot: to each Quartz fire on
/// the way in turn (including the one-shots the jobs it fires schedule), waiting there until those jobs
/// have run, then to the target. So every team's daily jobs run through the real scheduler with the
/// fire time — and so the work date — they would have had, not as missed fires at the end.
/// </summary>
public sealed class ClockAdvance(MovableClock clock, ISchedulerFactory schedulers, ILogger<ClockAdvance> log)
{
    /// <summary>A bound on one stop, in real time: a job that hangs fails the request instead of holding it.</summary>
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(60);

    private const int MaxStops = 10_000;

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly FinishedFires _finished = new();
    private bool _listening;

    /// <returns>How many fires ran on the way.</returns>
    public async Task<int> AdvanceToAsync(DateTimeOffset to, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            if (!_listening)
            {
                scheduler.ListenerManager.AddJobListener(_finished, GroupMatcher<JobKey>.AnyGroup());
                scheduler.ListenerManager.AddTriggerListener(_finished, GroupMatcher<TriggerKey>.AnyGroup());
                _listening = true;
            }

            var fires = 0;
            for (var stops = 0; await NextFiresAsync(scheduler, to, ct) is { Count: > 0 } due; stops++)
            {
                if (stops >= MaxStops) throw new InvalidOperationException($"Still firing after {MaxStops} stops on the way to {to:o}.");
                clock.MoveTo(due[0].At);
                await RunAsync(scheduler, due, ct);
                fires += due.Count;
            }

            clock.MoveTo(to);
            log.LogInformation("Clock moved on to {UtcNow:o} (offset {Offset}); {Fires} fires on the way", clock.GetUtcNow(), clock.Offset, fires);
            return fires;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The earliest fire no later than <paramref name="to"/>: every trigger due then (paused ones never fire, so they are left out).</summary>
    private static async Task<List<(TriggerKey Key, DateTimeOffset At)>> NextFiresAsync(IScheduler scheduler, DateTimeOffset to, CancellationToken ct)
    {
        var due = new List<(TriggerKey Key, DateTimeOffset At)>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), ct))
        {
            if (await scheduler.GetTrigger(key, ct) is not { NextFireTimeUtc: { } next } || next > to) continue;
            if (await scheduler.GetTriggerState(key, ct) is TriggerState.Paused or TriggerState.Error or TriggerState.None) continue;
            due.Add((key, next));
        }

        if (due.Count == 0) return due;
        var earliest = due.Min(d => d.At);
        return [.. due.Where(d => d.At == earliest)];
    }

    /// <summary>Waits until each fire has run its job (or its trigger was removed or replaced before it fired).</summary>
    private async Task RunAsync(IScheduler scheduler, List<(TriggerKey Key, DateTimeOffset At)> due, CancellationToken ct)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bound.CancelAfter(StopWithin);
        var left = due.ToList();
        try
        {
            while (true)
            {
                var changed = _finished.Changed;
                var open = new List<(TriggerKey Key, DateTimeOffset At)>();
                foreach (var fire in left)
                {
                    if (_finished.Has(fire.Key, fire.At)) continue;
                    // Gone or replaced by a trigger at another time without firing: nothing will run for it.
                    if (await scheduler.GetTrigger(fire.Key, bound.Token) is not { } now
                        || (now.NextFireTimeUtc != fire.At && now.PreviousFireTimeUtc != fire.At)) continue;
                    open.Add(fire);
                }

                if (open.Count == 0) return;
                left = open;
                // The listeners say when a job finishes; the short bound re-checks triggers a job removed.
                await Task.WhenAny(changed, Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, bound.Token));
                bound.Token.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Not run within {StopWithin.TotalSeconds:0} s: {string.Join(", ", left.Select(f => $"{f.Key} at {f.At:o}"))}.");
        }
    }

    /// <summary>
    /// The fires whose job has run, was vetoed, or that misfired, by trigger and scheduled time (a fire of
    /// a cron trigger is told apart from the next by its time). Only a Development bot keeps it.
    /// </summary>
    private sealed class FinishedFires : IJobListener, ITriggerListener
    {
        private readonly ConcurrentDictionary<(TriggerKey, DateTimeOffset), bool> _fires = new();
        private TaskCompletionSource _changed = New();

        public string Name => nameof(ClockAdvance);

        public Task Changed => Volatile.Read(ref _changed).Task;

        public bool Has(TriggerKey key, DateTimeOffset at) => _fires.ContainsKey((key, at));

        private void Finished(ITrigger trigger, DateTimeOffset? at)
        {
            if (at is { } a) _fires[(trigger.Key, a)] = true;
            Interlocked.Exchange(ref _changed, New()).TrySetResult();
        }

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            Finished(context.Trigger, context.ScheduledFireTimeUtc);
            return ValueTask.CompletedTask;
        }

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            Finished(context.Trigger, context.ScheduledFireTimeUtc);
            return ValueTask.CompletedTask;
        }

        public ValueTask TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        /// <summary>Told before the trigger moves past the fire it missed.</summary>
        public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            Finished(trigger, trigger.NextFireTimeUtc);
            return ValueTask.CompletedTask;
        }

        public ValueTask TriggerComplete(ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
