using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace IronArmy.Bot.Tests.Delivery;

/// <summary>
/// A real SQLite file with one tenant and team, a fake connector, fake time, and dispatchers built by
/// <see cref="DeliveryServiceCollectionExtensions.AddDelivery"/> exactly as the host builds them.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string TenantId = "tenant-1";
    public const string ServiceUrl = "https://smba.example.test/teams/";

    private readonly string _directory = Directory.CreateTempSubdirectory("ironarmy-delivery-").FullName;
    private readonly List<ServiceProvider> _providers = [];

    public DeliveryHarness()
    {
        ConnectionString = $"Data Source={Path.Combine(_directory, "outbox.db")}";
        using var db = NewDb();
        db.Database.EnsureCreated();
        db.Tenants.Add(new Tenant { Id = TenantId, FirstSeenUtc = Time.GetUtcNow().UtcDateTime });
        db.Teams.Add(new Team { TenantId = TenantId, TeamsTeamId = "19:team@thread.tacv2", Name = "East", ServiceUrl = ServiceUrl, ChannelId = "19:general@thread.tacv2" });
        db.SaveChanges();
        TeamId = db.Teams.Single().Id;
    }

    public string ConnectionString { get; }

    public long TeamId { get; }

    public FakeConnector Connector { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 7, 40, 0, TimeSpan.Zero));

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    public IronArmyDbContext NewDb() =>
        new(new DbContextOptionsBuilder<IronArmyDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>A dispatcher as one bot instance would have it (its own throttle, signal and caches).</summary>
    public OutboxDispatcher Dispatcher(Dictionary<string, string?>? settings = null) =>
        Instance(settings).GetRequiredService<OutboxDispatcher>();

    /// <summary>One bot instance's services, as <see cref="DeliveryServiceCollectionExtensions.AddDelivery"/> registers them.</summary>
    public IServiceProvider Instance(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app-id",
            ["Delivery:RetryBaseDelay"] = "00:00:01",
            ["Delivery:RetryMaxDelay"] = "00:00:10",
        }).AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IConnectorClient>(Connector)
            .AddDbContextFactory<IronArmyDbContext>(o => o.UseSqlite(ConnectionString))
            .AddDelivery(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _providers.Add(provider);
        return provider;
    }

    public async Task<List<Member>> AddMembersAsync(int count, bool withConversation)
    {
        await using var db = NewDb();
        var start = await db.Members.CountAsync();
        var members = Enumerable.Range(start, count).Select(i => new Member
        {
            TeamId = TeamId,
            TeamsUserId = $"29:user-{i}",
            Name = $"Rep {i}",
            PersonalConversationId = withConversation ? $"a:existing-{i}" : null,
            JoinedAtUtc = Now,
        }).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        return members;
    }

    public async Task EnqueueAsync(params OutboxMessage[] messages)
    {
        await using var db = NewDb();
        Assert.Equal(messages.Length, await db.EnqueueAsync(messages, CancellationToken.None));
    }

    public OutboxMessage ToMember(Member member, string key) => Message(key, OutboxTarget.Member, m => m.MemberId = member.Id);

    public OutboxMessage ToConversation(string conversationId, string key) =>
        Message(key, OutboxTarget.Conversation, m => m.ConversationId = conversationId);

    public OutboxMessage Update(string conversationId, string activityId, string key) =>
        Message(key, OutboxTarget.Update, m => { m.ConversationId = conversationId; m.TargetActivityId = activityId; });

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var db = NewDb();
        return await db.Outbox.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
    }

    public async Task<Member> MemberAsync(long id)
    {
        await using var db = NewDb();
        return await db.Members.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>
    /// Runs dispatch rounds until nothing is pending, moving fake time on by <paramref name="step"/> whenever a
    /// round finds nothing due (retries and deferrals wait on fake time; rate limits on real time).
    /// </summary>
    public async Task DrainAsync(OutboxDispatcher dispatcher, TimeSpan step, int maxRounds = 3000)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            if (await dispatcher.DispatchDueAsync(CancellationToken.None) > 0) continue;
            await using (var db = NewDb())
            {
                if (!await db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Pending)) return;
            }

            Time.Advance(step);
            await Task.Delay(10);
        }

        Assert.Fail($"The outbox still had pending rows after {maxRounds} rounds.");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }

    private OutboxMessage Message(string key, OutboxTarget target, Action<OutboxMessage> configure)
    {
        var message = new OutboxMessage
        {
            IdempotencyKey = key,
            TenantId = TenantId,
            ServiceUrl = ServiceUrl,
            TeamId = TeamId,
            Target = target,
            ActivityJson = $$"""{"type":"message","text":"{{key}}"}""",
            CreatedAtUtc = Now,
            NextAttemptAtUtc = Now,
        };
        configure(message);
        return message;
    }
}
