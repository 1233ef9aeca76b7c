using System.Diagnostics.Metrics;
using IronArmy.Bot.Delivery;

namespace IronArmy.Bot.Tests.Delivery;

/// <summary>Sums one of the IronArmy.Delivery counters while it is alive.</summary>
internal sealed class CounterProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _total;

    public CounterProbe(string instrument)
    {
        _listener.InstrumentPublished = (i, l) =>
        {
            if (i.Meter.Name == DeliveryTelemetry.Name && i.Name == instrument) l.EnableMeasurementEvents(i);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
        _listener.Start();
    }

    public long Total => Interlocked.Read(ref _total);

    public void Dispose() => _listener.Dispose();
}
