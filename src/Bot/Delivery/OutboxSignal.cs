using System.Threading.Channels;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// Wakes the dispatcher right after messages are enqueued instead of waiting for the next poll.
/// Call <see cref="Notify"/> after <c>OutboxEnqueue.EnqueueAsync</c> has saved.
/// </summary>
public sealed class OutboxSignal : IOutboxWake
{
    // One pending wake-up is enough: the dispatcher drains everything due when it wakes.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when notified, when <paramref name="timeout"/> passes on <paramref name="time"/>, or throws when cancelled.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        if (_wakeUps.Reader.TryRead(out _)) return;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var wait = _wakeUps.Reader.WaitToReadAsync(cts.Token).AsTask();
        var delay = Task.Delay(timeout, time, cts.Token);
        await Task.WhenAny(wait, delay);
        await cts.CancelAsync();
        ct.ThrowIfCancellationRequested();
        _wakeUps.Reader.TryRead(out _);
    }
}
