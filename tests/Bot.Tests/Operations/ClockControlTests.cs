using System.Net;
using System.Net.Http.Json;
using IronArmy.Bot.Operations;
using IronArmy.Bot.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IronArmy.Bot.Tests.Operations;

/// <summary>
/// The Development-only time control the end-to-end tests drive a running bot with: opt-in, refused
/// outside Development, never mapped in Production, and it only moves time on.
/// </summary>
public sealed class ClockControlTests
{
    /// <summary>The real host in an environment with <c>Clock:Controllable</c> as given, on a throw-away SQLite file.</summary>
    private sealed class Host(string environment, bool controllable) : WebApplicationFactory<Program>
    {
        private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"ironarmy-clock-{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            var production = environment != "Development";
            builder.UseSetting(nameof(BotIdentityOptions.MicrosoftAppId), production ? "app-id" : "");
            builder.UseSetting(nameof(BotIdentityOptions.MicrosoftAppPassword), production ? "app-password" : "");
            builder.UseSetting("ConnectionStrings:IronArmy", $"Data Source={_dbPath}");
            builder.UseSetting("Scheduling:Store", "Memory");
            builder.UseSetting("Clock:Controllable", controllable ? "true" : "false");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
        }
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", false)]
    public async Task Without_the_opt_in_in_development_there_is_no_clock_endpoint(string environment, bool controllable)
    {
        using var bot = new Host(environment, controllable);
        var client = bot.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ClockControl.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(ClockControl.Path, new { to = DateTimeOffset.UtcNow.AddDays(1) })).StatusCode);
        Assert.Same(TimeProvider.System, bot.Services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_the_opt_in_refuses_to_start(string environment)
    {
        using var bot = new Host(environment, controllable: true);

        var refusal = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains("Clock:Controllable is for Development only", refusal.GetBaseException().Message);
        Assert.Contains(environment, refusal.GetBaseException().Message);
    }

    [Fact]
    public async Task In_development_it_moves_the_bots_and_quartzs_clock_on_and_never_back()
    {
        using var bot = new Host("Development", controllable: true);
        var client = bot.CreateClient();
        var clock = bot.Services.GetRequiredService<MovableClock>();
        Assert.Same(clock, bot.Services.GetRequiredService<TimeProvider>());
        Assert.Same(clock, (await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TimeProvider);

        var before = (await client.GetFromJsonAsync<ClockNow>(ClockControl.Path))!.UtcNow;
        var back = await client.PostAsJsonAsync(ClockControl.Path, new ClockMove(before.AddMinutes(-5)));
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);
        Assert.Contains("does not go back", await back.Content.ReadAsStringAsync());
        Assert.True(clock.Offset == TimeSpan.Zero, $"A refused move moved the clock by {clock.Offset}.");

        var target = before.AddDays(2);
        var moved = await client.PostAsJsonAsync(ClockControl.Path, new ClockMove(target));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var now = (await moved.Content.ReadFromJsonAsync<ClockNow>())!.UtcNow;
        Assert.InRange(now, target, target.AddMinutes(1)); // real time keeps flowing after the move
        Assert.InRange(clock.GetUtcNow(), target, target.AddMinutes(1));
    }

    [Fact]
    public async Task A_move_brings_a_timer_due_later_forward()
    {
        var clock = new MovableClock();
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);
        using var timer = clock.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan);

        clock.MoveTo(clock.GetUtcNow().AddHours(1).AddSeconds(1));

        // Within real seconds, not hours; the timer due an hour later still waits.
        await delay.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(fired.Task.IsCompleted);
        clock.MoveTo(clock.GetUtcNow().AddHours(1));
        await fired.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
