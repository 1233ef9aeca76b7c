using System.Diagnostics;
using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Storage;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace IronArmy.Benchmarks;

/// <summary>
/// Issue 4's figure: building the manager's evening digest — every query of <see cref="EveningDigests"/>,
/// Core's evening rules, <see cref="DigestCards.Build"/> and each card's JSON as the outbox stores it —
/// for a team with months of history (<see cref="DigestHistory"/>), on a temp SQLite file migrated as at
/// start-up, one run at a time in its own DI scope as the digest job runs. The stages are timed too, so a
/// miss says where the time goes.
/// </summary>
internal static class DigestBenchmark
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(20);

    /// <summary>A Monday, so the three earlier due days cross a Sunday off (the team works Mon–Sat).</summary>
    private static readonly DateOnly WorkDate = new(2026, 11, 30);

    public static async Task<int> RunAsync(DigestOptions options)
    {
        Console.WriteLine($"digest: {options.Reps} reps, {options.Days} days of history, {options.Runs} measured runs (after {options.Warmup} warm-up)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}, GC server={System.Runtime.GCSettings.IsServerGC}{LoadAverage()}");
        var directory = Directory.CreateTempSubdirectory("ironarmy-digest-bench-").FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero));
        try
        {
            using var host = BuildHost(Path.Combine(directory, "bench.db"), clock);
            await host.StartAsync(); // applies the migrations, as the bot does at start-up
            var (team, manager) = await SeedAsync(host.Services, options, clock);

            // The first build pays for JIT and EF's query compilation (the digest job runs once a day, so
            // this is what a team's first digest after a restart costs); the warm-up lets tiered JIT settle,
            // so the measured runs are the steady state.
            var first = await BuildOnceAsync(host.Services, team.Id, manager);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first build (cold): {first.Total.TotalMilliseconds:0.0} ms"));
            for (var i = 1; i < options.Warmup; i++) await BuildOnceAsync(host.Services, team.Id, manager);
            var samples = new List<Sample>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < options.Runs; i++) samples.Add(await BuildOnceAsync(host.Services, team.Id, manager));
            // CPU the process spent per build (all threads), over the whole series (the clock ticks are too
            // coarse for one build): the work itself, whatever else shares the cores.
            var cpuPerBuild = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / options.Runs;

            var last = samples[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"digest: {last.Reps} reps tonight, {last.Cards} card(s), {last.Bytes:N0} bytes of outbox JSON (largest card {last.LargestCard:N0} bytes)"));
            Console.WriteLine(Latencies.Header);
            var total = new Latencies(samples.Select(s => s.Total));
            Console.WriteLine(total.Row("total"));
            Console.WriteLine(new Latencies(samples.Select(s => s.Queries)).Row("  queries + Core"));
            Console.WriteLine(new Latencies(samples.Select(s => s.Render)).Row("  DigestCards.Build"));
            Console.WriteLine(new Latencies(samples.Select(s => s.Json)).Row("  JSON (outbox rows)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU per build: {cpuPerBuild.TotalMilliseconds:0.0} ms"));
            var met = total.Percentile(99) < Goal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT: p50 {total.Percentile(50).TotalMilliseconds:0.0} ms, p95 {total.Percentile(95).TotalMilliseconds:0.0} ms, p99 {total.Percentile(99).TotalMilliseconds:0.0} ms vs goal < {Goal.TotalMilliseconds:0} ms: {(met ? "MET" : "MISSED")}"));
            await host.StopAsync();
            return met ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";

    private static IHost BuildHost(string dbPath, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:IronArmy"] = $"Data Source={dbPath}",
            ["Scheduling:Store"] = "Memory",
            ["Scheduling:Enabled"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(clock);
        builder.Services.AddIronArmyData(builder.Configuration);
        builder.Services.AddScheduling(builder.Configuration);
        builder.Services.AddSingleton<ServiceUrlTrust>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddSingleton<IOutboxWake, OutboxSignal>();
        builder.Services.AddConversations();
        builder.Services.AddKickoff();
        builder.Services.AddEveningShare();
        return builder.Build();
    }

    private static async Task<(Team Team, Member Manager)> SeedAsync(IServiceProvider services, DigestOptions options, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var team = new Team { TenantId = "bench-tenant", TeamsTeamId = "19:digest-bench@thread.tacv2", Name = "华东一区", ServiceUrl = "https://smba.trafficmanager.net/apac/", InstalledAtUtc = now };
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
            db.Tenants.Add(new Tenant { Id = team.TenantId, FirstSeenUtc = now });
            team.Members.Add(new Member { TeamsUserId = "29:bench-manager", Name = "经理", Role = MemberRole.Manager, JoinedAtUtc = now, PersonalConversationId = "a:bench-manager" });
            team.Members.AddRange(Enumerable.Range(0, options.Reps).Select(i => new Member
            {
                TeamsUserId = $"29:bench-{i}", Name = $"{Surnames[i % Surnames.Length]}{GivenNames[i / Surnames.Length % GivenNames.Length]}{i:00}", JoinedAtUtc = now,
            }));
            db.Teams.Add(team);
            await db.SaveChangesAsync();
        }

        var started = Stopwatch.GetTimestamp();
        var reps = team.Members.Where(m => m.Role == MemberRole.Rep).ToList();
        var stored = await new DigestHistory(seed: 4).StoreAsync(
            () => services.CreateScope().ServiceProvider.GetRequiredService<IronArmyDbContext>(), team, reps, WorkDate, options.Days, now);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"history: {stored.WorkDays} work days to {WorkDate:yyyy-MM-dd}, {stored.Plans:N0} plans, {stored.Recaps:N0} recaps, {stored.Facts:N0} visit facts (stored in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s)"));
        return (team, team.Members.Single(m => m.Role == MemberRole.Manager));
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["伟", "芳", "敏", "静", "磊", "洋"];

    private sealed record Sample(TimeSpan Total, TimeSpan Queries, TimeSpan Render, TimeSpan Json, int Reps, int Cards, int Bytes, int LargestCard);

    /// <summary>What the digest job does for one team and one manager, minus the insert: load, compute, render, serialize.</summary>
    private static async Task<Sample> BuildOnceAsync(IServiceProvider services, long teamId, Member manager)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId);
        var digest = await scope.ServiceProvider.GetRequiredService<EveningDigests>().OfAsync(team, WorkDate, CancellationToken.None);
        var loaded = Stopwatch.GetTimestamp();

        var cards = DigestCards.Build(Texts.For(manager.Locale ?? team.Locale), digest);
        var built = Stopwatch.GetTimestamp();

        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var rows = cards.Select((card, i) => outbox.ToMember(team, manager, RitualKeys.Idempotency(Ritual.Digest, manager.Id, WorkDate, i + 1), CardMessage.Of(card))).ToList();
        var end = Stopwatch.GetTimestamp();

        return new Sample(
            Stopwatch.GetElapsedTime(start, end),
            Stopwatch.GetElapsedTime(start, loaded),
            Stopwatch.GetElapsedTime(loaded, built),
            Stopwatch.GetElapsedTime(built, end),
            digest.Totals.RepsDue,
            cards.Count,
            rows.Sum(r => System.Text.Encoding.UTF8.GetByteCount(r.ActivityJson)),
            cards.Max(CardJson.Utf8Size));
    }
}
