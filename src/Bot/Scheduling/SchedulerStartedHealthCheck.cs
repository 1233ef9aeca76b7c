using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>Ready only once the scheduler is running, so no instance takes traffic while its rituals cannot fire.</summary>
public sealed class SchedulerStartedHealthCheck(ISchedulerFactory schedulerFactory, IOptions<SchedulingOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled) return HealthCheckResult.Healthy("Scheduling is turned off by configuration.");
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("Scheduler running.")
            : HealthCheckResult.Unhealthy($"Scheduler is {status}.");
    }
}
