using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IronArmy.Bot.Operations;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>The sources the bot's own code reports on, besides ASP.NET Core and HttpClient.</summary>
    public static readonly string[] Sources = ["IronArmy.Delivery"];

    /// <summary>
    /// Structured logs (JSON on the console outside Development), and OpenTelemetry traces and
    /// metrics for HTTP in and out and for deliveries. Exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise collected and available to in-process readers only.
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("IronArmy.Bot"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddSource(Sources);
                if (otlp) t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter(Sources);
                if (otlp) m.AddOtlpExporter();
            });
        _ = otel;
        return builder;
    }
}
