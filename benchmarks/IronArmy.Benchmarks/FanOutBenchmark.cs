// Outbox fan-out benchmark: 2,000 proactive 1:1 messages through the real OutboxDispatcher to a local
// connector that enforces 50 requests/s per tenant and 7/s per conversation with 429 + Retry-After.
// The members' 1:1 conversations are created beforehand, so exactly 2,000 connector calls are needed and
// the floor is 2,000 / 50 = 40 s. Usage: dotnet run -c Release --project benchmarks/IronArmy.Benchmarks [-- fanout [messages]]
using System.Diagnostics;
using System.Diagnostics.Metrics;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Benchmarks;

internal static class FanOutBenchmark
{
    private const int PerTenant = 50;
    private const int PerConversation = 7;
    private const string TenantId = "bench-tenant";

    public const int DefaultMessages = 2000;

    public static async Task RunAsync(int messages)
    {
        var floor = TimeSpan.FromSeconds((double)messages / PerTenant);
        var deadline = floor * 3 + TimeSpan.FromSeconds(30); // the run stops by itself even if something stalls

        await using var connector = new ThrottledConnector(PerTenant, PerConversation);
        await connector.StartAsync();

        // The product's ConnectorClient, exactly as the bot sends: anonymous (as against the Playground)
        // and only to a serviceUrl that is trusted, as if it had arrived in a validated activity.
        var trust = new ServiceUrlTrust();
        trust.Trust(connector.BaseAddress.ToString());
        Func<IServiceProvider, IConnectorClient> connectorFactory = _ =>
            new ConnectorClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, new AnonymousTokenProvider(), trust, TimeProvider.System);

        var directory = Directory.CreateTempSubdirectory("ironarmy-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "bench.db")}";
        await SeedAsync(connectionString, connector.BaseAddress.ToString(), messages);

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("IronArmy.Bot.Delivery", LogLevel.Error);
        builder.Services.AddDbContextFactory<IronArmyDbContext>(o => o.UseSqlite(connectionString));
        builder.Services.AddSingleton(connectorFactory);
        builder.Services.AddDelivery(builder.Configuration); // defaults: 50/s per tenant, 7/s per conversation
        using var host = builder.Build();

        long throttledSeen = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (i, l) => { if (i.Meter.Name == DeliveryTelemetry.Name && i.Name == "deliveries.throttled") l.EnableMeasurementEvents(i); };
        listener.SetMeasurementEventCallback<long>((_, v, _, _) => Interlocked.Add(ref throttledSeen, v));
        listener.Start();

        Console.WriteLine($"Fanning out {messages} messages to {connector.BaseAddress} (floor {floor.TotalSeconds:0.0} s)...");
        var started = Stopwatch.GetTimestamp();
        await host.StartAsync();
        var pending = messages;
        while (Stopwatch.GetElapsedTime(started) < deadline)
        {
            await Task.Delay(250);
            await using var db = new IronArmyDbContext(new DbContextOptionsBuilder<IronArmyDbContext>().UseSqlite(connectionString).Options);
            pending = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending);
            if (pending == 0) break;
        }

        var total = TimeSpan.FromTicks((long)((connector.LastAcceptedAt - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
        await host.StopAsync();

        await using (var db = new IronArmyDbContext(new DbContextOptionsBuilder<IronArmyDbContext>().UseSqlite(connectionString).Options))
        {
            var byStatus = await db.Outbox.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var lost = Enumerable.Range(0, messages).Count(i => !connector.AcceptedByKey.ContainsKey(Key(i)));
            var duplicates = connector.AcceptedByKey.Values.Sum(n => n - 1);
            Console.WriteLine($"messages:        {messages}");
            Console.WriteLine($"total time:      {total.TotalSeconds:0.00} s (dispatcher start to last accepted message)");
            Console.WriteLine($"floor:           {floor.TotalSeconds:0.00} s  ratio {total / floor:0.000} (goal <= 1.15)");
            Console.WriteLine($"429s received:   {Interlocked.Read(ref throttledSeen)} (connector answered {connector.Throttled})");
            Console.WriteLine($"lost:            {lost}");
            Console.WriteLine($"duplicates:      {duplicates}");
            Console.WriteLine($"outbox rows:     {string.Join(", ", byStatus.Select(s => $"{s.Key}={s.Count}"))}");
            Console.WriteLine(pending == 0 && lost == 0 && duplicates == 0 && total / floor <= 1.15 ? "RESULT: PASS" : "RESULT: MISS");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static string Key(int i) => $"bench:{i}";

    private static async Task SeedAsync(string connectionString, string serviceUrl, int messages)
    {
        await using var db = new IronArmyDbContext(new DbContextOptionsBuilder<IronArmyDbContext>().UseSqlite(connectionString).Options);
        await db.Database.EnsureCreatedAsync();
        var now = DateTime.UtcNow;
        db.Tenants.Add(new Tenant { Id = TenantId, FirstSeenUtc = now });
        var team = new Team { TenantId = TenantId, TeamsTeamId = "19:bench@thread.tacv2", Name = "Bench", ServiceUrl = serviceUrl };
        db.Teams.Add(team);
        // Conversations exist already, so each message is exactly one connector call.
        team.Members.AddRange(Enumerable.Range(0, messages).Select(i => new Member
        {
            TeamsUserId = $"29:bench-{i}", Name = $"Rep {i}", PersonalConversationId = $"a:bench-{i}", JoinedAtUtc = now,
        }));
        await db.SaveChangesAsync();
        var outbox = team.Members.Select((m, i) => new OutboxMessage
        {
            IdempotencyKey = Key(i), TenantId = TenantId, ServiceUrl = serviceUrl, TeamId = team.Id, MemberId = m.Id,
            Target = OutboxTarget.Member, ActivityJson = $$"""{"type":"message","text":"{{Key(i)}}"}""",
            CreatedAtUtc = now, NextAttemptAtUtc = now,
        }).ToList();
        await db.EnqueueAsync(outbox, CancellationToken.None);
    }
}
