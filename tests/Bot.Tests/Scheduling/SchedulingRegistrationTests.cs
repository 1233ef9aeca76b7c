using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Tests.Scheduling;

public class SchedulingRegistrationTests
{
    private static readonly DateTime Now = new(2026, 6, 10, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Triggers_in_the_database_store_survive_a_restart()
    {
        var first = new SchedulingFixture(Now, store: "Database");
        var path = first.DbPath;
        await first.Schedules.ScheduleAsync(7, TeamSchedule.Default with { Digest = new TimeOnly(20, 45) });
        var before = await first.Schedules.NextFiresAsync(7);
        await first.DisposeAsync();

        await using var second = new SchedulingFixture(Now, store: "Database", dbPath: path);
        var after = await second.Schedules.NextFiresAsync(7);

        Assert.Equal(3, after.Count);
        Assert.Equal(before, after);
        Assert.Equal(new DateTime(2026, 6, 10, 12, 45, 0, DateTimeKind.Utc), after[Ritual.Digest]);
        second.DeleteDatabase();
    }

    [Fact]
    public async Task Readiness_reports_the_scheduler_only_once_started()
    {
        await using var f = new SchedulingFixture(Now);
        var enabled = Options.Create(new SchedulingOptions { Enabled = true });
        var check = new SchedulerStartedHealthCheck(f.Services.GetRequiredService<Quartz.ISchedulerFactory>(), enabled);

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        await (await f.Scheduler()).Start();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        f.DeleteDatabase();
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public async Task A_host_starts_the_scheduler_and_reconciles_teams_unless_turned_off(string? enabled, bool expected)
    {
        // The seeding fixture's own scheduler is never started; the host below builds its own.
        await using var seed = new SchedulingFixture(Now);
        var team = await seed.AddTeamAsync(TeamSchedule.Default);
        var builder = Host.CreateApplicationBuilder();
        var settings = new Dictionary<string, string?> { ["Scheduling:Store"] = "Memory" };
        if (enabled is not null) settings["Scheduling:Enabled"] = enabled;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddDbContext<IronArmy.Data.IronArmyDbContext>(o => o.UseSqlite($"Data Source={seed.DbPath}"));
        builder.Services.AddScheduling(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        var reconciler = host.Services.GetServices<IHostedService>().OfType<ScheduleReconciler>().SingleOrDefault();
        if (reconciler is not null) await reconciler.ExecuteTask!;
        var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        // Quartz starts its scheduler from ApplicationStarted on its own task: wait for it to say so.
        var started = new Started();
        scheduler.ListenerManager.AddSchedulerListener(started);
        if (expected && scheduler.Status != Quartz.SchedulerStatus.Running)
            await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var status = scheduler.Status;
        var scheduled = await host.Services.GetRequiredService<TeamSchedules>().ScheduledTeamsAsync();
        await host.StopAsync();

        Assert.Equal(expected, status == Quartz.SchedulerStatus.Running);
        Assert.Equal(expected, scheduled.Contains(team.Id));
        seed.DeleteDatabase();
    }

    private sealed class Started : Quartz.ISchedulerListener
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => _started.Task;

        public ValueTask SchedulerStarted(Quartz.IScheduler scheduler, CancellationToken cancellationToken = default)
        {
            _started.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void Defaults_are_one_hour_tolerance_on_the_database_store()
    {
        var options = new SchedulingOptions();

        Assert.True(options.Enabled);
        Assert.Equal(SchedulingStore.Database, options.Store);
        Assert.Equal(TimeSpan.FromMinutes(60), options.MisfireTolerance);
    }
}
