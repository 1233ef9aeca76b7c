using System.Collections.Concurrent;

namespace IronArmy.Bot.Operations;

/// <summary>
/// Real time plus an offset that can only grow: the bot's clock when <c>Clock:Controllable</c> is on
/// (Development only, see <see cref="ClockControl"/>). Time keeps flowing, so delivery, throttling and
/// Quartz behave as usual; moving it on re-arms every timer made from it (Quartz's wait for its next
/// trigger, the outbox's idle wait), so what is due at the new instant runs now instead of at the old
/// real-time deadline.
/// </summary>
public sealed class MovableClock(TimeProvider real) : TimeProvider
{
    private readonly TimeProvider _real = real;
    private readonly ConcurrentDictionary<MovableTimer, byte> _timers = new();
    private readonly object _gate = new();
    private long _offsetTicks;

    public MovableClock() : this(System)
    {
    }

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    /// <summary>Moves the clock on to <paramref name="to"/> (UTC); an instant already past is left alone, never gone back to.</summary>
    /// <returns>The clock's time afterwards.</returns>
    public DateTimeOffset MoveTo(DateTimeOffset to)
    {
        lock (_gate)
        {
            var by = to - GetUtcNow();
            if (by <= TimeSpan.Zero) return GetUtcNow();
            Interlocked.Add(ref _offsetTicks, by.Ticks);
        }

        foreach (var timer in _timers.Keys) timer.Rearm();
        return GetUtcNow();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new MovableTimer(this, callback, state);
        _timers[timer] = 0;
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>A real timer that remembers the instant it is due on this clock, so a move can bring it forward.</summary>
    private sealed class MovableTimer : ITimer
    {
        private readonly MovableClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _inner;
        private readonly object _gate = new();
        private DateTimeOffset? _dueAt;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public MovableTimer(MovableClock clock, TimerCallback callback, object? state)
        {
            (_clock, _callback, _state) = (clock, callback, state);
            _inner = clock._real.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _period = period;
                _dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
                return _inner.Change(dueTime, Timeout.InfiniteTimeSpan);
            }
        }

        /// <summary>After a move: what was due later in real time may be due now.</summary>
        public void Rearm()
        {
            lock (_gate)
            {
                if (_dueAt is not { } due) return;
                var left = due - _clock.GetUtcNow();
                _inner.Change(left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        private void Fire()
        {
            lock (_gate)
            {
                // Periodic timers are re-armed one period on from now, as System.Threading.Timer would.
                var periodic = _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;
                _dueAt = periodic ? _clock.GetUtcNow() + _period : null;
                if (periodic) _inner.Change(_period, Timeout.InfiniteTimeSpan);
            }

            _callback(_state);
        }

        public void Dispose()
        {
            _clock._timers.TryRemove(this, out _);
            _inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
