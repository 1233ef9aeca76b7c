using System.Diagnostics;
using System.Globalization;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Tiers;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Storage;
using IronArmy.Data.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IronArmy.Benchmarks;

/// <summary>
/// Issue 11's figure: a manager's <c>271</c> for one team of 1,000 reps over twelve months of history
/// on a real SQLite file — the team, calendar and leave, each window's reps and sums (read side by side,
/// see TeamTiers), Core's ranking twice (now and a week earlier) and the manager's cards. The
/// history is the board benchmark's (<see cref="BoardHistory"/>), rollups and plans only: the 271
/// never reads recaps or visits. Each figure is printed with the load average beside it.
/// </summary>
internal static class TierBenchmark
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(50);
    private static readonly DateOnly Last = new(2026, 11, 30);

    public static async Task<int> RunAsync(BoardOptions options)
    {
        Console.WriteLine($"271: {options.Teams} team(s) × {options.RepsPerTeam} reps, 12 months ({BoardHistory.First:yyyy-MM-dd}..{BoardHistory.Last:yyyy-MM-dd}), {options.Runs} runs × {options.Iterations} builds after {options.Warmup} warm-up");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}{LoadAverage()}");
        var directory = Directory.CreateTempSubdirectory("ironarmy-tiers-bench-").FullName;
        var path = options.Database ?? Path.Combine(directory, "bench.db");
        var reuse = options.Database is not null && File.Exists(path);
        var connectionString = $"Data Source={path}";
        try
        {
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddIronArmyData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:IronArmy"] = connectionString }).Build())
                .BuildServiceProvider();
            foreach (var hosted in services.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
            var contexts = services.GetRequiredService<IDbContextFactory<IronArmyDbContext>>();
            var seeded = reuse ? await BoardHistory.FindAsync(contexts) : await BoardHistory.SeedAsync(contexts, connectionString, options with { RollupsOnly = true });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(reuse ? "reused" : "seeded")} in {seeded.Took.TotalSeconds:0.0} s: {seeded.Rollups:N0} day rollups{LoadAverage()}"));
            var teamId = seeded.TeamIds[0];
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var query = TierQueries.Edges(db, teamId, Last.AddDays(-27), Last);
                await using var command = query.CreateDbCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                await db.Database.OpenConnectionAsync();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) Console.WriteLine("plan: " + reader.GetString(3));
            }

            // The first builds pay for JIT and EF's query compilation (a manager's 271 is asked a few times
            // a day, so after a restart this is what it costs); they are printed apart, and the warm-up lets
            // tiered JIT settle so the measured runs are the steady state.
            Console.WriteLine(Latencies.Header);
            var first = await BuildAsync(contexts, teamId);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first build (cold): {first.TotalMilliseconds:0.0} ms{LoadAverage()}"));
            var warmup = new List<TimeSpan>();
            for (var i = 1; i < options.Warmup; i++) warmup.Add(await BuildAsync(contexts, teamId));
            if (warmup.Count > 0) Console.WriteLine(new Latencies(warmup).Row("warm-up") + LoadAverage());
            Stages.Clear();
            var all = new List<TimeSpan>();
            for (var run = 1; run <= options.Runs; run++)
            {
                var samples = new List<TimeSpan>();
                for (var i = 0; i < options.Iterations; i++) samples.Add(await BuildAsync(contexts, teamId));
                all.AddRange(samples);
                Console.WriteLine(new Latencies(samples).Row($"run {run}") + LoadAverage());
            }

            var overall = new Latencies(all);
            Console.WriteLine(overall.Row("overall") + LoadAverage());
            Console.WriteLine(new Latencies(Stages.View).Row("  view (read + rank)"));
            Console.WriteLine(new Latencies(Stages.Sums).Row("  one window's query alone"));
            Console.WriteLine(new Latencies(Stages.Cards).Row("  manager's cards"));
            var met = overall.Percentile(99) < Goal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT: 271 for {seeded.FirstTeamRepIds.Length} reps p50 {overall.Percentile(50).TotalMilliseconds:0.0} ms, p99 {overall.Percentile(99).TotalMilliseconds:0.0} ms vs goal < {Goal.TotalMilliseconds:0} ms: {(met ? "MET" : "MISSED")}{LoadAverage()}"));
            return met ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>One manager's <c>271</c> as the Bot answers it: a fresh pooled context, the view, the cards.</summary>
    private static async Task<TimeSpan> BuildAsync(IDbContextFactory<IronArmyDbContext> contexts, long teamId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        // One window's query alone first, outside the build's time: where the view's time goes.
        var sumsAt = Stopwatch.GetTimestamp();
        await db.TierWindowAsync(teamId, TeamZone.Of("Asia/Shanghai"), Last.AddDays(-27), Last, CancellationToken.None);
        Stages.Sums.Add(Stopwatch.GetElapsedTime(sumsAt));
        var started = Stopwatch.GetTimestamp();
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId);
        var read = Stopwatch.GetTimestamp();
        var view = await new TeamTiers(db, contexts).BuildAsync(team, Last, null, CancellationToken.None);
        var built = Stopwatch.GetTimestamp();
        var cards = TierCards.ForManagers(Texts.English, view);
        Stages.View.Add(Stopwatch.GetElapsedTime(read, built));
        Stages.Cards.Add(Stopwatch.GetElapsedTime(built));
        if (cards.Count == 0 || view.Ranking.RankedCount == 0) throw new InvalidOperationException("Nothing ranked.");
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Where a build's time goes: reading and ranking (the view), and laying out the cards.</summary>
    private static class Stages
    {
        public static readonly List<TimeSpan> View = [];
        public static readonly List<TimeSpan> Sums = [];
        public static readonly List<TimeSpan> Cards = [];

        public static void Clear()
        {
            View.Clear();
            Sums.Clear();
            Cards.Clear();
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $"   load {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
}
