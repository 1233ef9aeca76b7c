using System.Diagnostics;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// Sends the outbox: claims due pending rows under a lease, sends them through <see cref="OutboxSender"/>
/// (recipients in parallel, each one's in order), and records each outcome (sent, retry later, failed, unreachable).
/// Wakes on <see cref="OutboxSignal"/>, at the next due row or pause end, or every poll interval.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<IronArmyDbContext> databases,
    OutboxSender sender,
    DeliveryThrottle throttle,
    OutboxSignal signal,
    DeliveryTelemetry telemetry,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly DeliveryOptions _options = options.Value;
    private readonly RetryBackoff _backoff = new(options.Value.RetryBaseDelay, options.Value.RetryMaxDelay, new Random());
    // Claims add a fresh GUID to this, so two dispatchers sharing an instance name still never share a claim.
    private readonly string _instance = options.Value.InstanceName is { Length: > 0 } name
        ? name
        : Truncate($"{Environment.MachineName}:{Environment.ProcessId}", 80);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Outbox dispatcher {Instance} started", _instance);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wakes = signal.Wakes;
                Busy();
                if (await DispatchDueAsync(stoppingToken) > 0) continue;
                await signal.WaitAsync(await IdleWaitAsync(stoppingToken), time, stoppingToken, until => Idle(wakes, until));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; rows stay pending and are tried on the next round.
                logger.LogError(e, "Outbox dispatch round failed");
                await signal.WaitAsync(_options.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Completes when this dispatcher has nothing left to do: its last look found no row due, nothing it
    /// claimed is still being sent, and nobody has called <see cref="OutboxSignal.Wake"/> since. The result is
    /// when it will look again by itself (the next row due, the end of a tenant's pause, or the poll interval).
    /// </summary>
    /// <remarks>
    /// What was queued and woken for before the call has then been sent, given up, or put back with a later
    /// due time. Only this instance's view: rows another instance queues, or rows queued without a wake-up,
    /// are seen at the next look. Lets a host (a graceful hand-over, a test driving the bot on a fake clock)
    /// wait for delivery to settle rather than guess how long it takes.
    /// </remarks>
    public Task<DateTimeOffset> WhenIdleAsync(CancellationToken ct = default)
    {
        lock (_idleGate)
        {
            if (_idleUntil is { } until && _idleWakes == signal.Wakes && time.GetUtcNow() < until) return Task.FromResult(until);
            // Woken, or its look is due, but the round has not begun yet: wait for the next idle look.
            if (_idle.Task.IsCompleted) (_idle, _idleUntil) = (new(TaskCreationOptions.RunContinuationsAsynchronously), null);
            return _idle.Task.WaitAsync(ct);
        }
    }

    private readonly object _idleGate = new();
    private TaskCompletionSource<DateTimeOffset> _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset? _idleUntil;
    private long _idleWakes;

    /// <summary>A round starts: whoever asks now waits for the end of the next idle look.</summary>
    private void Busy()
    {
        lock (_idleGate)
        {
            _idleUntil = null;
            if (_idle.Task.IsCompleted) _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Parked until <paramref name="until"/> after a round that found nothing due — unless a wake-up came in the meantime.</summary>
    private void Idle(long wakesBefore, DateTimeOffset until)
    {
        lock (_idleGate)
        {
            if (signal.Wakes != wakesBefore) return; // something was queued during the round: the wait ends at once
            (_idleUntil, _idleWakes) = (until, wakesBefore);
            _idle.TrySetResult(until);
        }
    }

    /// <summary>One round: claims one batch of due rows, sends them and records the outcomes. Returns how many rows it claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken stop)
    {
        var now = Now();
        var leaseUntil = now + _options.LeaseDuration;
        var claimToken = $"{_instance}/{Guid.NewGuid():N}";
        List<OutboxMessage> rows;
        Dictionary<long, OutboxRecipients.Recipient> recipients;
        await using (var db = await databases.CreateDbContextAsync(stop))
        {
            rows = await db.ClaimDueAsync(claimToken, now, leaseUntil, _options.BatchSize, stop);
            if (rows.Count == 0) return 0;
            var memberIds = rows.Where(r => r.Target == OutboxTarget.Member && r.MemberId is not null)
                .Select(r => r.MemberId!.Value).Distinct().ToList();
            recipients = memberIds.Count == 0 ? [] : await db.GetRecipientsAsync(memberIds, stop);
        }

        // Different recipients in parallel; one recipient's messages one after another in the order
        // they were claimed (queued), so a digest sent in parts arrives as part 1, 2, 3. When one has to
        // wait (deferred, throttled, retried), the ones after it wait with it rather than overtake it.
        var byRecipient = rows.GroupBy(r => r.Target == OutboxTarget.Member ? $"member:{r.MemberId}" : $"conversation:{r.ConversationId}");
        await Parallel.ForEachAsync(byRecipient, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency }, async (messages, _) =>
        {
            DateTime? waiting = null;
            foreach (var row in messages)
            {
                if (stop.IsCancellationRequested) return;
                if (waiting is { } until)
                {
                    await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
                    await db.RescheduleAsync(row.Id, claimToken, until, countsAsAttempt: false, error: null, CancellationToken.None);
                    continue;
                }

                var recipient = row.MemberId is { } id ? recipients.GetValueOrDefault(id) : null;
                waiting = await DeliverAsync(row, recipient, claimToken, leaseUntil, stop);
            }
        });
        return rows.Count;
    }

    /// <summary>Sends one row and records the outcome; returns when it is due again if it went back to pending, else null.</summary>
    private async Task<DateTime?> DeliverAsync(OutboxMessage row, OutboxRecipients.Recipient? recipient, string claimToken, DateTime leaseUntil, CancellationToken stop)
    {
        using var span = DeliveryTelemetry.ActivitySource.StartActivity("outbox.send", ActivityKind.Producer);
        span?.SetTag("outbox.id", row.Id);
        span?.SetTag("outbox.target", row.Target.ToString());
        span?.SetTag("outbox.tenant", row.TenantId);

        DeliveryResult result;
        try
        {
            result = await sender.SendAsync(row, recipient, leaseUntil, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Shutting down mid-call: the outcome is unknown, so the lease is left to expire rather than
            // risk a second send; rows that never reached the connector were handed back by the sender.
            span?.SetStatus(ActivityStatusCode.Error, "shutdown");
            return null;
        }

        span?.SetTag("outbox.outcome", result.GetType().Name);
        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        var now = Now();
        switch (result)
        {
            case DeliveryResult.Sent sent:
                await db.MarkSentAsync(row.Id, claimToken, sent.ActivityId, now, CancellationToken.None);
                telemetry.Sent.Add(1);
                return null;

            case DeliveryResult.Deferred deferred:
                await db.RescheduleAsync(row.Id, claimToken, deferred.UntilUtc, countsAsAttempt: false, error: null, CancellationToken.None);
                return deferred.UntilUtc;

            case DeliveryResult.Throttled throttled:
                // Retry-After applies to the whole tenant: pause it, and do not count it against the row,
                // which did nothing wrong.
                var pause = throttled.RetryAfter ?? _backoff.Next(row.Attempts + 1);
                throttle.PauseTenant(row.TenantId, now + pause);
                await db.RescheduleAsync(row.Id, claimToken, now + pause, countsAsAttempt: false, throttled.Error, CancellationToken.None);
                telemetry.Throttled.Add(1);
                logger.LogWarning("429 for tenant {TenantId}; pausing it for {Pause}", row.TenantId, pause);
                return now + pause;

            case DeliveryResult.Transient transient when row.Attempts + 1 >= _options.MaxAttempts:
                await db.MarkGivenUpAsync(row.Id, claimToken, OutboxStatus.Failed,
                    $"Gave up after {row.Attempts + 1} attempts. Last error: {transient.Error}", CancellationToken.None);
                telemetry.Failed.Add(1, new KeyValuePair<string, object?>("status", nameof(OutboxStatus.Failed)));
                logger.LogWarning("Outbox {Id} failed after {Attempts} attempts: {Error}", row.Id, row.Attempts + 1, transient.Error);
                return null;

            case DeliveryResult.Transient transient:
                var delay = _backoff.Next(row.Attempts + 1);
                if (transient.RetryAfter > delay) delay = transient.RetryAfter.Value;
                await db.RescheduleAsync(row.Id, claimToken, now + delay, countsAsAttempt: true, transient.Error, CancellationToken.None);
                telemetry.Retried.Add(1);
                return now + delay;

            case DeliveryResult.Unreachable unreachable:
                await db.MarkGivenUpAsync(row.Id, claimToken, OutboxStatus.Unreachable, unreachable.Error, CancellationToken.None);
                if (row.Target == OutboxTarget.Member && row.MemberId is { } memberId)
                    await db.MarkUnreachableAsync(memberId, now, CancellationToken.None);
                telemetry.Failed.Add(1, new KeyValuePair<string, object?>("status", nameof(OutboxStatus.Unreachable)));
                logger.LogInformation("Outbox {Id} unreachable: {Error}", row.Id, unreachable.Error);
                return null;

            case DeliveryResult.Permanent permanent:
                await db.MarkGivenUpAsync(row.Id, claimToken, OutboxStatus.Failed, permanent.Error, CancellationToken.None);
                telemetry.Failed.Add(1, new KeyValuePair<string, object?>("status", nameof(OutboxStatus.Failed)));
                logger.LogWarning("Outbox {Id} failed: {Error}", row.Id, permanent.Error);
                return null;

            default:
                throw new InvalidOperationException($"Unknown delivery result {result.GetType().Name}.");
        }
    }

    /// <summary>Until the next row falls due or a tenant's pause ends, but no longer than the poll interval.</summary>
    private async Task<TimeSpan> IdleWaitAsync(CancellationToken ct)
    {
        var wake = Now() + _options.PollInterval;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            if (await db.NextDueAtUtcAsync(ct) is { } due && due < wake) wake = due;
        }

        if (throttle.EarliestPauseEndUtc() is { } pauseEnd && pauseEnd < wake) wake = pauseEnd;
        var wait = wake - Now();
        return wait > MinimumWait ? wait : MinimumWait;
    }

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(5);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
