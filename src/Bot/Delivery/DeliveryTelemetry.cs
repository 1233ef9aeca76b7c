using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IronArmy.Bot.Delivery;

/// <summary>The dispatcher's counters (Meter "IronArmy.Delivery") and its span per send (ActivitySource of the same name).</summary>
public sealed class DeliveryTelemetry
{
    public const string Name = "IronArmy.Delivery";

    public static readonly ActivitySource ActivitySource = new(Name);

    public DeliveryTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        Sent = meter.CreateCounter<long>("deliveries.sent", description: "Outbox messages delivered.");
        Retried = meter.CreateCounter<long>("deliveries.retried", description: "Transient failures scheduled for another attempt.");
        Failed = meter.CreateCounter<long>("deliveries.failed", description: "Messages given up: failed or recipient unreachable (tag status).");
        Throttled = meter.CreateCounter<long>("deliveries.throttled", description: "429 answers from the connector.");
    }

    public Counter<long> Sent { get; }

    public Counter<long> Retried { get; }

    public Counter<long> Failed { get; }

    public Counter<long> Throttled { get; }
}
