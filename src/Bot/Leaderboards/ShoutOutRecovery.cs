using IronArmy.Data;
using IronArmy.Data.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// At start-up, every team with 标杆时刻 still waiting gets its post scheduled again: the moments
/// are in the database, and a RAM job store (or a trigger lost to a crash) must not strand them.
/// </summary>
public sealed class ShoutOutRecovery(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ShoutOutRecovery> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up, so the database has been migrated and the scheduler started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
            await started.Task;

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
            var schedule = scope.ServiceProvider.GetRequiredService<ShoutOutSchedule>();
            var teamIds = await db.TeamsWithWaitingShoutOutsAsync(stoppingToken);
            foreach (var team in await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToListAsync(stoppingToken))
                await schedule.EnsureScheduledAsync(db, team, stoppingToken);
            if (teamIds.Count > 0) log.LogInformation("Shout-out posts scheduled again for {Teams} teams with moments waiting", teamIds.Count);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            log.LogError(ex, "Scheduling waiting shout-outs after start-up failed; they go out with the team's next moment");
        }
    }
}
