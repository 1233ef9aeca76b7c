using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>
/// The whole bot in process (Development, anonymous protocol mode, a real SQLite file, Quartz
/// in memory) with the Bot Connector replaced by <see cref="FakeConnector"/>.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TenantId = "tenant-1";
    public const string BotId = "28:bot-app";

    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"ironarmy-bot-{Guid.NewGuid():N}.db");

    public FakeConnector Connector { get; } = new();

    /// <summary>Everything the bot logged, at every level, when <see cref="CaptureLogs"/> is set (it slows the bot down).</summary>
    public CapturedLogs Logs { get; } = new();

    public bool CaptureLogs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("ConnectionStrings:IronArmy", $"Data Source={_dbPath}");
        builder.UseSetting("Scheduling:Store", "Memory");
        builder.UseSetting("Delivery:PollInterval", "00:00:00.050");
        builder.UseSetting("Delivery:BotId", BotId);
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
        });
    }

    public async Task<HttpResponseMessage> PostAsync(object activity)
    {
        var client = CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }

    /// <summary>Posts and waits until every queued message has been delivered.</summary>
    public async Task SendAsync(object activity)
    {
        var response = await PostAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await DrainAsync();
    }

    public async Task DrainAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var quietSince = DateTime.UtcNow;
        var lastCount = -1;
        while (DateTime.UtcNow < deadline)
        {
            var pending = await WithDbAsync(db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending));
            var count = Connector.Messages.Count;
            if (count != lastCount) (lastCount, quietSince) = (count, DateTime.UtcNow);
            // Quiet for a moment: roster jobs run on Quartz threads and queue more after a request returns.
            if (pending == 0 && DateTime.UtcNow - quietSince > TimeSpan.FromMilliseconds(400)) return;
            await Task.Delay(50);
        }

        throw new TimeoutException("The outbox did not drain.");
    }

    /// <summary>Waits (up to 20 s) for something the bot does on its own threads, such as the welcomes after an install.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
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
