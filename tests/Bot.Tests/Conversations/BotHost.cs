using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>
/// The whole bot in process (Development, anonymous protocol mode, a real SQLite file, Quartz
/// in memory) with the Bot Connector replaced by <see cref="FakeConnector"/> and the clock by
/// <see cref="Clock"/>, a fake one that moves only when a test moves it. Nothing here sleeps: a test
/// waits for the bot to settle (<see cref="DrainAsync"/>) or moves time on (<see cref="AdvanceAsync"/>),
/// which fires the team's Quartz triggers — rituals, follow-ups, board and shout-out posts — at their
/// own times through the real scheduler.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TenantId = "tenant-1";
    public const string BotId = "28:bot-app";

    /// <summary>The team's zone in the flow tests (also the default of a new team).</summary>
    public const string Zone = "Asia/Shanghai";

    /// <summary>Tuesday 9 June 2026, 10:00 in Shanghai: after the 07:40 kickoff, before the 18:30 share.</summary>
    public static readonly DateTimeOffset TuesdayMorning = Tuesday(10, 0);

    /// <summary>Tuesday 9 June 2026 at <paramref name="hour"/>:<paramref name="minute"/> in Shanghai (UTC+8, no daylight saving).</summary>
    public static DateTimeOffset Tuesday(int hour, int minute) => new(2026, 6, 9, hour, minute, 0, TimeSpan.FromHours(8));

    /// <summary>How long a test waits, in real time, for the bot to settle before it fails instead of hanging.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The per-conversation limiter measures its spacing on the real clock (System.Threading.RateLimiting has
    /// no TimeProvider) but the dispatcher puts the deferred row back on the bot's clock; a deferral this
    /// short is let pass on the fake clock so the row goes out (see <see cref="DrainAsync"/>).
    /// </summary>
    private static readonly TimeSpan ThrottleDeferral = TimeSpan.FromSeconds(1);

    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"ironarmy-bot-{Guid.NewGuid():N}.db");
    private readonly SchedulerActivity _activity = new();
    private IScheduler? _scheduler;
    private OutboxDispatcher? _dispatcher;

    /// <param name="now">The instant the bot's clock shows until a test moves it; <see cref="TuesdayMorning"/> if not given.</param>
    // In UTC: FakeTimeProvider compares its timers' ticks with those of the instant it was last given, offset
    // and all, so a clock set at +08:00 and then moved to a UTC instant would leave every timer behind.
    public BotHost(DateTimeOffset? now = null) => Clock = new FakeTimeProvider((now ?? TuesdayMorning).ToUniversalTime());

    public FakeConnector Connector { get; } = new();

    /// <summary>The bot's clock (every TimeProvider it and Quartz read).</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The bot's "now" in UTC.</summary>
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Today's date in <paramref name="zone"/> on the bot's clock.</summary>
    public DateOnly Today(string zone = Zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)));

    /// <summary>Everything the bot logged, at every level, when <see cref="CaptureLogs"/> is set (it slows the bot down).</summary>
    public CapturedLogs Logs { get; } = new();

    public bool CaptureLogs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("ConnectionStrings:IronArmy", $"Data Source={_dbPath}");
        builder.UseSetting("Scheduling:Store", "Memory");
        builder.UseSetting("Delivery:BotId", BotId);
        // Teams' rate limits are OutboxDispatcherTests' subject; here they would only add wall time.
        builder.UseSetting("Delivery:MaxRequestsPerSecond", "1000");
        builder.UseSetting("Delivery:MaxRequestsPerSecondPerConversation", "1000");
        if (CaptureLogs)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(Logs);
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
            });
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
            // One clock for the bot and for Quartz, which takes the container's TimeProvider.
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        // Before anything is scheduled: a new database has no team, so no trigger exists yet.
        _scheduler = host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().GetAwaiter().GetResult();
        _activity.Attach(_scheduler);
        Assert.Same(Clock, host.Services.GetRequiredService<TimeProvider>());
        Assert.Same(Clock, _scheduler.TimeProvider);
        _dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        return host;
    }

    private (IScheduler Scheduler, OutboxDispatcher Dispatcher) Started()
    {
        if (_scheduler is null || _dispatcher is null) _ = Services; // builds and starts the host
        return (_scheduler!, _dispatcher!);
    }

    public async Task<HttpResponseMessage> PostAsync(object activity)
    {
        var client = CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }

    /// <summary>Posts and waits until the bot has settled (<see cref="DrainAsync"/>).</summary>
    public async Task SendAsync(object activity)
    {
        var response = await PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await DrainAsync();
    }

    /// <summary>
    /// Waits until the bot has nothing left to do at the clock's current instant: no Quartz trigger due, no
    /// job running or fired and unfinished (the roster sync a request scheduled, a follow-up that just came
    /// due), and the outbox dispatcher idle — everything queued sent. Waits on the scheduler's listeners and
    /// the dispatcher's <see cref="OutboxDispatcher.WhenIdleAsync"/>, never on wall time; fails after
    /// <see cref="Patience"/> with what was still busy, or at once if a job threw.
    /// </summary>
    public async Task DrainAsync()
    {
        var (scheduler, dispatcher) = Started();
        using var patience = new CancellationTokenSource(Patience);
        string? busy = null;
        try
        {
            while (true)
            {
                var changed = _activity.Changed;
                busy = await _activity.BusyAsync(scheduler, Clock.GetUtcNow());
                if (busy is not null)
                {
                    await changed.WaitAsync(patience.Token);
                    continue;
                }

                var idle = dispatcher.WhenIdleAsync(patience.Token);
                if (!idle.IsCompleted)
                {
                    busy = "the outbox dispatcher";
                    await Task.WhenAny(idle, changed).WaitAsync(patience.Token);
                    continue;
                }

                // Both quiet, the scheduler looked at first: a job it ran since may have queued more.
                busy = await _activity.BusyAsync(scheduler, Clock.GetUtcNow());
                if (busy is not null || !dispatcher.WhenIdleAsync(patience.Token).IsCompleted) continue;
                Assert.Empty(_activity.Failures);
                if (await LetThrottleDeferralPassAsync(await idle)) continue;
                return;
            }
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            throw new TimeoutException($"The bot did not settle within {Patience.TotalSeconds} s: {busy} was still busy.");
        }
    }

    /// <summary>
    /// A row the per-conversation limiter deferred is due a moment later on the bot's clock (no error, due
    /// within <see cref="ThrottleDeferral"/>): the clock moves on to the dispatcher's next look so it is sent.
    /// Retries (which carry their error) and anything further away wait for the test to move time.
    /// </summary>
    private async Task<bool> LetThrottleDeferralPassAsync(DateTimeOffset nextLook)
    {
        var now = UtcNow;
        var soon = now + ThrottleDeferral;
        var deferred = await WithDbAsync(db => db.Outbox.AnyAsync(o =>
            o.Status == OutboxStatus.Pending && o.LastError == null && o.NextAttemptAtUtc > now && o.NextAttemptAtUtc <= soon));
        if (!deferred || nextLook.UtcDateTime > soon) return false;
        Clock.SetUtcNow(nextLook.ToUniversalTime());
        return true;
    }

    /// <summary>Moves the clock on by <paramref name="by"/>; see <see cref="AdvanceToAsync"/>.</summary>
    public Task AdvanceAsync(TimeSpan by) => AdvanceToAsync(Clock.GetUtcNow() + by);

    /// <summary>
    /// Moves the clock to <paramref name="at"/> the way time passes for a running bot: it stops at every
    /// Quartz fire on the way (in order, including those the jobs it fires schedule) and lets the bot settle
    /// there, so each job runs at its own time rather than as a missed fire at the end.
    /// </summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        Assert.True(at >= Clock.GetUtcNow(), $"The clock does not go back ({Clock.GetUtcNow():o} to {at:o}).");
        var (scheduler, _) = Started();
        await DrainAsync();
        for (var stops = 0; await SchedulerActivity.NextFireAsync(scheduler) is { } next && next <= at; stops++)
        {
            Assert.True(stops < 1000, $"Still firing at {next:o} after 1000 stops on the way to {at:o}.");
            if (next > Clock.GetUtcNow()) Clock.SetUtcNow(next.ToUniversalTime());
            await DrainAsync();
        }

        if (at > Clock.GetUtcNow()) Clock.SetUtcNow(at.ToUniversalTime());
        await DrainAsync();
    }

    /// <summary>Moves the clock to <paramref name="localTime"/> on today's date in <paramref name="zone"/> (<see cref="AdvanceToAsync"/>).</summary>
    public Task AdvanceToAsync(TimeOnly localTime, string zone = Zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = Today(zone).ToDateTime(localTime);
        return AdvanceToAsync(new DateTimeOffset(local, tz.GetUtcOffset(local)));
    }

    /// <summary>
    /// Fires <paramref name="job"/> now through the scheduler, out of turn — as a repeated fire or a second
    /// instance would — and waits for the bot to settle. The job's own trigger is left as it was.
    /// </summary>
    public async Task TriggerNowAsync(JobKey job)
    {
        var (scheduler, _) = Started();
        Assert.True(await scheduler.Exists(job), $"{job} was not scheduled");
        await scheduler.TriggerJob(job);
        await DrainAsync();
    }

    /// <summary>Moves the clock to <paramref name="trigger"/>'s next fire (<see cref="AdvanceToAsync"/>) and returns that instant.</summary>
    public async Task<DateTimeOffset> AdvanceToFireAsync(TriggerKey trigger)
    {
        var (scheduler, _) = Started();
        var next = (await scheduler.GetTrigger(trigger))?.NextFireTimeUtc;
        Assert.True(next is not null, $"{trigger} is not scheduled");
        await AdvanceToAsync(next.Value);
        Assert.NotEqual(next, (await scheduler.GetTrigger(trigger))?.NextFireTimeUtc); // it fired
        return next.Value;
    }

    /// <summary>Moves the clock to when the one-shot trigger of <paramref name="job"/> (named as its job) fires.</summary>
    public Task<DateTimeOffset> AdvanceToFireAsync(JobKey job) => AdvanceToFireAsync(new TriggerKey(job.Name, job.Group));

    /// <summary>Waits until the scheduler the host started is running (Quartz starts it just after the host).</summary>
    public async Task SchedulerStartedAsync()
    {
        var (scheduler, _) = Started();
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var changed = _activity.Changed;
            if (scheduler.Status == SchedulerStatus.Running) return;
            await changed.WaitAsync(patience.Token);
        }
    }

    public async Task<T> WithDbAsync<T>(Func<IronArmyDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
        return await query(db);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }

    /// <summary>The Adaptive Card carried by a message, or null for plain text.</summary>
    public static JsonElement? CardOf(Activity a) =>
        a.Attachments?.FirstOrDefault(x => x.ContentType == Attachment.AdaptiveCardContentType)?.Content;

    /// <summary>Everything a person can read in a message: its text and every text in its card.</summary>
    public static string Words(Activity a)
    {
        var words = new List<string>();
        if (a.Text is not null) words.Add(a.Text);
        if (CardOf(a) is { } card) Collect(card, words);
        return string.Join("\n", words);
    }

    private static void Collect(JsonElement e, List<string> words)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.String && p.Name is "text" or "title" or "value") words.Add(p.Value.GetString()!);
                    else Collect(p.Value, words);
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray()) Collect(x, words);
                break;
        }
    }
}
