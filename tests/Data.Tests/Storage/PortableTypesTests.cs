using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Storage;

/// <summary>toolchain.md's portable-schema rules, checked on a real SQLite file.</summary>
public sealed class PortableTypesTests : IAsyncLifetime
{
    private static readonly DateTime Installed = new(2026, 11, 23, 23, 40, 12, 345, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Instants_come_back_as_the_same_UTC_DateTime()
    {
        var unreachableSince = Installed.AddTicks(1234567);
        await using (var db = await database.CreateContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = "tenant-a", FirstSeenUtc = Installed });
            var team = NewTeam();
            team.InstalledAtUtc = Installed;
            team.Members.Add(new Member { TeamsUserId = "29:a", Name = "A", JoinedAtUtc = Installed, UnreachableSinceUtc = unreachableSince });
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            var team = await db.Teams.Include(t => t.Members).SingleAsync();
            var member = Assert.Single(team.Members);

            Assert.Equal(DateTimeKind.Utc, team.InstalledAtUtc.Kind);
            Assert.Equal(Installed, team.InstalledAtUtc);
            Assert.Null(team.UninstalledAtUtc);
            Assert.Equal(DateTimeKind.Utc, member.UnreachableSinceUtc!.Value.Kind);
            Assert.Equal(unreachableSince, member.UnreachableSinceUtc);
            Assert.Equal(DateTimeKind.Utc, (await db.Tenants.SingleAsync()).FirstSeenUtc.Kind);
        }
    }

    [Fact]
    public async Task A_local_DateTime_is_stored_as_its_UTC_instant()
    {
        var local = Installed.ToLocalTime();
        await using (var db = await database.CreateContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = "tenant-a", FirstSeenUtc = local });
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(Installed, (await db.Tenants.SingleAsync()).FirstSeenUtc);
        }
    }

    [Fact]
    public async Task Instants_compare_and_sort_in_SQL()
    {
        var now = Installed;
        await using (var db = await database.CreateContextAsync())
        {
            db.Outbox.AddRange(
                Message("late", now.AddMinutes(5)),
                Message("second", now.AddSeconds(-1)),
                Message("first", now.AddDays(-1)),
                Message("exactly-now", now));
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            var due = await db.Outbox
                .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAtUtc <= now)
                .OrderBy(o => o.NextAttemptAtUtc)
                .Select(o => o.IdempotencyKey)
                .ToListAsync();

            Assert.Equal(["first", "second", "exactly-now"], due);
        }
    }

    [Fact]
    public async Task Times_of_day_round_trip()
    {
        await using (var db = await database.CreateContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = "tenant-a" });
            var team = NewTeam();
            team.Schedule = team.Schedule with { Kickoff = new TimeOnly(6, 55), EveningShare = new TimeOnly(18, 30, 15), Digest = new TimeOnly(23, 59, 59, 500) };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            var team = await db.Teams.SingleAsync(t => t.Schedule.Kickoff < new TimeOnly(7, 0));
            Assert.Equal(new TimeOnly(6, 55), team.Schedule.Kickoff);
            Assert.Equal(new TimeOnly(18, 30, 15), team.Schedule.EveningShare);
            Assert.Equal(new TimeOnly(23, 59, 59, 500), team.Schedule.Digest);
        }
    }

    [Fact]
    public async Task Work_dates_round_trip_compare_and_sort()
    {
        // The model has no DateOnly column yet (work dates arrive with the rituals), so a probe entity
        // on the same conventions checks the provider's DateOnly mapping now.
        var options = new DbContextOptionsBuilder<WorkDateProbeContext>().UseSqlite($"Data Source={database.FilePath}.probe").Options;
        await using (var db = new WorkDateProbeContext(options))
        {
            await db.Database.EnsureCreatedAsync();
            db.Probes.AddRange(
                new WorkDateProbe { WorkDate = new DateOnly(2026, 11, 30) },
                new WorkDateProbe { WorkDate = new DateOnly(2026, 2, 3) },
                new WorkDateProbe { WorkDate = new DateOnly(2026, 11, 23) });
            await db.SaveChangesAsync();
        }

        await using (var db = new WorkDateProbeContext(options))
        {
            var from = new DateOnly(2026, 11, 1);
            var dates = await db.Probes.Where(p => p.WorkDate >= from).OrderBy(p => p.WorkDate).Select(p => p.WorkDate).ToListAsync();
            Assert.Equal([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30)], dates);
        }
    }

    [Fact]
    public void The_model_uses_only_portable_types()
    {
        using var db = Storage.SqlServerContexts.Create();
        var properties = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).ToList();

        var forbidden = properties.Where(p => Nullable.GetUnderlyingType(p.ClrType) is { } t ? IsForbidden(t) : IsForbidden(p.ClrType)).Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");
        Assert.Empty(forbidden);
        var dateTimes = properties.Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)).ToList();
        Assert.NotEmpty(dateTimes);
        Assert.All(dateTimes, p => Assert.NotNull(p.GetValueConverter()));

        // Money is long minor units; SQLite cannot SUM decimal, and offsets cannot be compared there.
        static bool IsForbidden(Type t) => t == typeof(DateTimeOffset) || t == typeof(decimal) || t == typeof(double) || t == typeof(float);
    }

    private static Team NewTeam() =>
        new() { TenantId = "tenant-a", TeamsTeamId = "19:abc@thread.tacv2", Name = "East Sales", ServiceUrl = "https://smba.trafficmanager.net/amer/" };

    private static OutboxMessage Message(string key, DateTime nextAttempt)
    {
        var message = Teams.UniqueConstraintTests.NewMessage(key);
        message.NextAttemptAtUtc = nextAttempt;
        return message;
    }

    private sealed class WorkDateProbe
    {
        public long Id { get; set; }

        public DateOnly WorkDate { get; set; }
    }

    private sealed class WorkDateProbeContext(DbContextOptions<WorkDateProbeContext> options) : IronArmyDbContext(options)
    {
        public DbSet<WorkDateProbe> Probes => Set<WorkDateProbe>();
    }
}
