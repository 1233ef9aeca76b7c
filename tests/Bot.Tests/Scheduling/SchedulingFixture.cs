using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace IronArmy.Bot.Tests.Scheduling;

/// <summary>
/// The scheduling services as the host wires them, on a real SQLite temp file and a fake clock,
/// with the hosted scheduler off so each test decides when (and whether) Quartz starts.
/// </summary>
internal sealed class SchedulingFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SchedulingFixture(DateTime nowUtc, string store = "Memory", string? dbPath = null)
    {
        DbPath = dbPath ?? Path.Combine(Path.GetTempPath(), $"ironarmy-sched-{Guid.NewGuid():N}.db");
        Clock = new FakeTimeProvider(new DateTimeOffset(nowUtc, TimeSpan.Zero));
        var connectionString = $"Data Source={DbPath}";
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheduling:Enabled"] = "false",
            ["Scheduling:Store"] = store,
            ["Scheduling:MisfireTolerance"] = "01:00:00",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:IronArmy"] = connectionString,
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IOutboxWake>(Wake);
        services.AddDbContext<IronArmyDbContext>(o => o.UseSqlite(connectionString));
        services.AddSingleton<IHostApplicationLifetime, StartedLifetime>();
        services.AddScoped<Outbox>();
        services.AddKickoff();
        services.AddEveningShare();
        services.AddLeaderboards(config);
        services.AddScheduling(config);
        _services = services.BuildServiceProvider();

        // Before Quartz touches the file: EnsureCreated does nothing if any table already exists.
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IronArmyDbContext>().Database.EnsureCreated();
    }

    public string DbPath { get; }

    public FakeTimeProvider Clock { get; }

    public CountingWake Wake { get; } = new();

    public IServiceProvider Services => _services;

    public TeamSchedules Schedules => _services.GetRequiredService<TeamSchedules>();

    private IScheduler? _scheduler;

    public async ValueTask<IScheduler> Scheduler() =>
        _scheduler ??= await _services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public IronArmyDbContext NewDb() => _services.CreateScope().ServiceProvider.GetRequiredService<IronArmyDbContext>();

    public async Task<Team> AddTeamAsync(TeamSchedule schedule, bool active = true, string name = "Team")
    {
        await using var db = NewDb();
        if (!await db.Tenants.AnyAsync(t => t.Id == "tenant-1"))
            db.Tenants.Add(new Tenant { Id = "tenant-1", FirstSeenUtc = Clock.GetUtcNow().UtcDateTime });
        var team = new Team
        {
            TenantId = "tenant-1",
            TeamsTeamId = $"19:{Guid.NewGuid():N}@thread.tacv2",
            Name = name,
            ServiceUrl = "https://smba.trafficmanager.net/apac/",
            IsActive = active,
            Schedule = schedule,
        };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    public async Task<Member> AddMemberAsync(long teamId, string name, MemberRole role = MemberRole.Rep, bool active = true, DateTime? unreachableSinceUtc = null)
    {
        await using var db = NewDb();
        var member = new Member
        {
            TeamId = teamId,
            TeamsUserId = $"29:{Guid.NewGuid():N}",
            Name = name,
            Role = role,
            IsActive = active,
            UnreachableSinceUtc = unreachableSinceUtc,
        };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    public async ValueTask DisposeAsync()
    {
        if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) })
            await _scheduler.Shutdown(waitForJobsToComplete: true);
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public void DeleteDatabase()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DbPath + suffix);
    }

    internal sealed class CountingWake : IOutboxWake
    {
        private int _count;

        public int Count => _count;

        public void Wake() => Interlocked.Increment(ref _count);
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
