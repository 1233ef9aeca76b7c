using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace IronArmy.Bot.Tests.Scheduling;

public sealed class ScheduleReconcilerTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 6, 10, 0, 0, 0, DateTimeKind.Utc);
    private readonly SchedulingFixture _f = new(Now);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        _f.DeleteDatabase();
    }

    private ScheduleReconciler Reconciler() => ActivatorUtilities.CreateInstance<ScheduleReconciler>(_f.Services);

    [Fact]
    public async Task Schedules_active_teams_as_stored_and_removes_the_rest()
    {
        var plain = await _f.AddTeamAsync(TeamSchedule.Default);
        var custom = await _f.AddTeamAsync(TeamSchedule.Default with { Zone = TeamZone.Of("Europe/Berlin"), Kickoff = new TimeOnly(8, 0) });
        var gone = await _f.AddTeamAsync(TeamSchedule.Default, active: false);
        // Left behind by an uninstall that crashed before unscheduling, or by a restored database.
        await _f.Schedules.ScheduleAsync(gone.Id, TeamSchedule.Default);
        await _f.Schedules.ScheduleAsync(9999, TeamSchedule.Default);
        // A settings change whose reschedule was lost.
        await _f.Schedules.ScheduleAsync(custom.Id, TeamSchedule.Default);

        await Reconciler().ReconcileAsync(CancellationToken.None);

        Assert.Equal(new HashSet<long> { plain.Id, custom.Id }, await _f.Schedules.ScheduledTeamsAsync());
        var kickoff = Assert.IsAssignableFrom<ICronTrigger>(await (await _f.Scheduler()).GetTrigger(RitualKeys.Trigger(custom.Id, Ritual.Kickoff)));
        Assert.Equal("0 0 8 ? * *", kickoff.CronExpressionString);
        Assert.Equal("Europe/Berlin", kickoff.TimeZone.Id);
        Assert.Equal(3, (await _f.Schedules.NextFiresAsync(plain.Id)).Count);
    }

    [Fact]
    public async Task A_team_with_an_unknown_zone_does_not_stop_the_others()
    {
        // Zones are checked where they enter; this one was stored before that, or is missing from the machine's zone database.
        var broken = await _f.AddTeamAsync(TeamSchedule.Default);
        await using (var db = _f.NewDb())
            await db.Database.ExecuteSqlAsync($"UPDATE \"Teams\" SET \"TimeZoneId\" = 'Nowhere/Atlantis' WHERE \"Id\" = {broken.Id}");
        var fine = await _f.AddTeamAsync(TeamSchedule.Default);

        await Reconciler().ReconcileAsync(CancellationToken.None);

        Assert.Equal(new HashSet<long> { fine.Id }, await _f.Schedules.ScheduledTeamsAsync());
        Assert.Empty(await _f.Schedules.NextFiresAsync(broken.Id));
    }

    [Fact]
    public async Task Runs_as_a_hosted_service_once_the_application_has_started()
    {
        var team = await _f.AddTeamAsync(TeamSchedule.Default);
        IHostedService service = Reconciler();

        await service.StartAsync(CancellationToken.None);
        await ((BackgroundService)service).ExecuteTask!;

        Assert.Equal(new HashSet<long> { team.Id }, await _f.Schedules.ScheduledTeamsAsync());
    }
}
