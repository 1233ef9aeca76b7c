using System.Diagnostics;
using System.Globalization;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Tiers;
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
/// on a real SQLite file — the team, its reps, calendar and leave, both windows' sums (one read of the
/// covering board index), Core's ranking twice (now and a week earlier) and the manager's cards. The
/// history is the board benchmark's (<see cref="BoardHistory"/>), rollups and plans only: the 271
/// never reads recaps or visits. Each figure is printed with the load average beside it.
/// </summary>
internal static class TierBenchmark
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(50);
    private static readonly DateOnly Last = new(2026, 11, 30);

    public static async Task<int> RunAsync(BoardOptions options)
    {
        Console.WriteLine($"271: {options.Teams} team(s) × {options.RepsPerTeam} reps, 12 months ({BoardHistory.First:yyyy-MM-dd}..{BoardHistory.Last:yyyy-MM-dd}), {options.Runs} runs × {options.Iterations} builds");
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
                var query = TierQueries.Sums(db, teamId, Last.AddDays(-27), Last, Last.AddDays(-34), Last.AddDays(-7));
                await using var command = query.CreateDbCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                await db.Database.OpenConnectionAsync();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) Console.WriteLine("plan: " + reader.GetString(3));
            }

            for (var i = 0; i < Math.Min(30, options.Iterations); i++) await BuildAsync(contexts, teamId);

            Console.WriteLine(Latencies.Header);
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
            Console.WriteLine(new Latencies(Stages.Sums).Row("  the sums query alone"));
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
        // The sums query alone first, outside the build's time: where the view's time goes.
        var sumsAt = Stopwatch.GetTimestamp();
        await db.TierSumsAsync(teamId, Last.AddDays(-27), Last, Last.AddDays(-34), Last.AddDays(-7), CancellationToken.None);
        Stages.Sums.Add(Stopwatch.GetElapsedTime(sumsAt));
        var started = Stopwatch.GetTimestamp();
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == teamId);
        var read = Stopwatch.GetTimestamp();
        var view = await new TeamTiers(db).BuildAsync(team, Last, null, CancellationToken.None);
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
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $"   load {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
}
