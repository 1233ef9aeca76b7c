using IronArmy.Bot.Scheduling;
using IronArmy.Data.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IronArmy.Bot.Operations;

public static class HealthEndpoints
{
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [SchedulingServiceCollectionExtensions.ReadyTag]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database is reachable and
    /// migrated and the scheduler has started, so the bot can take traffic.
    /// </summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(SchedulingServiceCollectionExtensions.ReadyTag) });
        return app;
    }
}
