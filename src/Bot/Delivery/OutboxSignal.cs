using System.Threading.Channels;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// Wakes the dispatcher right after messages are enqueued instead of waiting for the next poll.
/// Call <see cref="Wake"/> after <c>OutboxEnqueue.EnqueueAsync</c> has saved.
/// </summary>
public sealed class OutboxSignal : IOutboxWake
{
    // One pending wake-up is enough: the dispatcher drains everything due when it wakes.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private long _wakes;

    /// <summary>
    /// How many times <see cref="Wake"/> has been called. The dispatcher compares it before and after a
    /// round to tell "nothing was due" from "something was queued while I looked".
    /// </summary>
    public long Wakes => Interlocked.Read(ref _wakes);

    public void Wake()
    {
        Interlocked.Increment(ref _wakes);
        _wakeUps.Writer.TryWrite(true);
    }

    /// <summary>
    /// Returns when notified, when <paramref name="timeout"/> passes on <paramref name="time"/>, or throws when cancelled.
    /// <paramref name="parked"/> is told, once the timeout is armed, the instant on <paramref name="time"/> it will
    /// end at; it is not called when a wake-up was already waiting.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct, Action<DateTimeOffset>? parked = null)
    {
        if (_wakeUps.Reader.TryRead(out _)) return;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var wait = _wakeUps.Reader.WaitToReadAsync(cts.Token).AsTask();
        var from = time.GetUtcNow();
        var delay = Task.Delay(timeout, time, cts.Token);
        parked?.Invoke(from + timeout);
        await Task.WhenAny(wait, delay);
        await cts.CancelAsync();
        ct.ThrowIfCancellationRequested();
        _wakeUps.Reader.TryRead(out _);
    }
}
