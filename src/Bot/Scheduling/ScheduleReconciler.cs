using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// Makes the scheduler agree with the teams table at start-up: every active team scheduled as its
/// settings say, no triggers for inactive or deleted teams. A restored database, a RAM store or a
/// reschedule lost to a crash all heal here.
/// </summary>
public sealed class ScheduleReconciler(
    IServiceScopeFactory scopes,
    TeamSchedules schedules,
    IHostApplicationLifetime lifetime,
    ILogger<ScheduleReconciler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up, so the database has been migrated by then.
        await WhenStarted(stoppingToken);
        try
        {
            await ReconcileAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            log.LogError(ex, "Reconciling team schedules failed; triggers stay as they were");
        }
    }

    public async Task ReconcileAsync(CancellationToken ct)
    {
        List<Data.Teams.Team> active;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
            active = await db.Teams.AsNoTracking().Where(t => t.IsActive).ToListAsync(ct);
        }

        foreach (var team in active)
        {
            try
            {
                await schedules.ScheduleAsync(team.Id, team.Schedule, ct);
            }
            catch (TimeZoneNotFoundException ex)
            {
                // One team's bad setting must not keep the others unscheduled.
                log.LogError(ex, "Team {TeamId} has an unknown time zone {Zone}; not scheduled", team.Id, team.Schedule.Zone.Id);
            }
        }

        var activeIds = active.Select(t => t.Id).ToHashSet();
        var stale = (await schedules.ScheduledTeamsAsync(ct)).Where(id => !activeIds.Contains(id)).ToList();
        foreach (var teamId in stale)
            await schedules.UnscheduleAsync(teamId, ct);

        log.LogInformation("Reconciled schedules: {Active} active teams scheduled, {Removed} stale teams removed", active.Count, stale.Count);
    }

    private Task WhenStarted(CancellationToken ct)
    {
        if (lifetime.ApplicationStarted.IsCancellationRequested) return Task.CompletedTask;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        ct.Register(() => started.TrySetCanceled(ct));
        return started.Task;
    }
}
