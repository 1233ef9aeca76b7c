using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// Keeps this instance within Teams' limits: requests per second per tenant, sends per second per
/// conversation, and a tenant-wide pause after a 429 for as long as Retry-After says.
/// </summary>
/// <remarks>
/// Permits are evenly spaced (a token bucket holding one token, refilled every 1/limit s) rather than
/// allowed in bursts: Teams counts in sliding windows, and a burst at the end of one second followed by
/// one at the start of the next would put twice the limit into a single window.
/// </remarks>
public sealed class DeliveryThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _tenants;
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly ConcurrentDictionary<string, DateTime> _pausedUntilUtc = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public DeliveryThrottle(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        _time = time;
        var o = options.Value;
        _tenants = Spaced(o.MaxRequestsPerSecond * (1 - o.RateLimitHeadroom), queue: true);
        _conversations = Spaced(o.MaxRequestsPerSecondPerConversation * (1 - o.RateLimitHeadroom), queue: false);
    }

    /// <summary>Waits for the tenant's next request slot. Every connector call takes one.</summary>
    public async ValueTask AcquireTenantAsync(string tenantId, CancellationToken ct)
    {
        using var lease = await _tenants.AcquireAsync(tenantId, 1, ct);
        if (!lease.IsAcquired) throw new InvalidOperationException("The tenant rate limiter refused a queued request.");
    }

    /// <summary>
    /// Takes the conversation's next send slot if free now; otherwise returns how long until it is, so the
    /// caller can put the row back instead of holding a worker (one busy channel must not stall the rest).
    /// </summary>
    public TimeSpan? TryAcquireConversation(string conversationId)
    {
        using var lease = _conversations.AttemptAcquire(conversationId, 1);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : TimeSpan.FromMilliseconds(100);
    }

    /// <summary>Teams said 429: nothing more goes to this tenant until the instant given.</summary>
    public void PauseTenant(string tenantId, DateTime untilUtc) =>
        _pausedUntilUtc.AddOrUpdate(tenantId, untilUtc, (_, current) => current > untilUtc ? current : untilUtc);

    /// <summary>The end of the tenant's pause if it is still paused.</summary>
    public DateTime? PausedUntilUtc(string tenantId)
    {
        if (!_pausedUntilUtc.TryGetValue(tenantId, out var until)) return null;
        if (until > _time.GetUtcNow().UtcDateTime) return until;
        _pausedUntilUtc.TryRemove(KeyValuePair.Create(tenantId, until));
        return null;
    }

    /// <summary>The earliest end of any current pause; the dispatcher wakes then rather than at the next poll.</summary>
    public DateTime? EarliestPauseEndUtc()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        DateTime? earliest = null;
        foreach (var until in _pausedUntilUtc.Values)
            if (until > now && (earliest is null || until < earliest)) earliest = until;
        return earliest;
    }

    public void Dispose()
    {
        _tenants.Dispose();
        _conversations.Dispose();
    }

    private static PartitionedRateLimiter<string> Spaced(double perSecond, bool queue) =>
        // RateLimitPartition.Get rather than GetTokenBucketLimiter: the latter replenishes every partition from one
        // shared 100 ms heartbeat, which would cap a one-token bucket at 10 permits per second.
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.Get(key, _ =>
            new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / perSecond)),
                QueueLimit = queue ? int.MaxValue : 0,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            })));
}
