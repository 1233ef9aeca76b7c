using System.Diagnostics;
using System.Globalization;
using IronArmy.Core.Leaderboards;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Benchmarks;

/// <summary>
/// Issue 5's figure: building a team's monthly board — read the team, its reps, calendar, the
/// month's and the previous month's totals from the month rollups, the month targets and the battle
/// month; then Core's ranking, most improved, month progress, 大战月 countdown and the asker's
/// standing — on a real SQLite file holding twelve months of an organisation's history
/// (<see cref="BoardHistory"/>). Each build uses a fresh context from the bot's pool, as a job or
/// a <c>board</c> command does. The measured board is the first team's November 2026, posted on
/// its last work day (Monday 30 November); November is marked as a battle month.
/// </summary>
internal static class BoardBenchmark
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(200);
    private static readonly DateOnly BoardDate = new(2026, 11, 30);

    public static async Task<int> RunAsync(BoardOptions options)
    {
        Console.WriteLine($"monthly board: {options.Teams} team(s) × {options.RepsPerTeam} reps, 12 months ({BoardHistory.First:yyyy-MM-dd}..{BoardHistory.Last:yyyy-MM-dd}), " +
                          $"{options.Runs} runs × {options.Iterations} builds{(options.RollupsOnly ? ", rollups and plans only (no recaps/visits)" : "")}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}{LoadAverage()}");
        var directory = Directory.CreateTempSubdirectory("ironarmy-board-bench-").FullName;
        var path = options.Database ?? Path.Combine(directory, "bench.db");
        var reuse = options.Database is not null && File.Exists(path);
        var connectionString = $"Data Source={path}";
        try
        {
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddIronArmyData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:IronArmy"] = connectionString }).Build())
                .BuildServiceProvider();
            foreach (var hosted in services.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None); // the start-up migration
            var contexts = services.GetRequiredService<IDbContextFactory<IronArmyDbContext>>();

            var seeded = reuse ? await BoardHistory.FindAsync(contexts) : await BoardHistory.SeedAsync(contexts, connectionString, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(reuse ? "reused" : "seeded")} in {seeded.Took.TotalSeconds:0.0} s: {seeded.Recaps:N0} recaps, {seeded.Visits:N0} visits, {seeded.Rollups:N0} day rollups, {seeded.Plans:N0} kickoff plans; file {FileSize(path)}"));
            var teamId = seeded.TeamIds[0];
            var asker = seeded.FirstTeamRepIds[^2];
            await using (var db = await contexts.CreateDbContextAsync())
            {
                await db.SetBattleMonthAsync(teamId, BoardDate, seeded.FirstTeamRepIds.Length * 500_000_00L, null, DateTime.UtcNow, default);
                await PrintPlansAsync(db, teamId);
            }

            // Warm-up: JIT, EF's query cache, the context pool, SQLite's page cache.
            MonthlyBoard board = null!;
            for (var i = 0; i < Math.Max(1, options.Warmup); i++) board = (await BuildTimedAsync(contexts, teamId, asker)).Board;
            Describe(board);

            Console.WriteLine(Latencies.Header);
            var all = new List<TimeSpan>();
            var cpu = new List<TimeSpan>();
            var stages = new Dictionary<string, List<TimeSpan>>();
            using var process = Process.GetCurrentProcess();
            for (var run = 1; run <= options.Runs; run++)
            {
                var samples = new List<TimeSpan>();
                for (var i = 0; i < options.Iterations; i++)
                {
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var (_, total, parts) = await BuildTimedAsync(contexts, teamId, asker);
                    process.Refresh();
                    cpu.Add(process.TotalProcessorTime - cpuBefore);
                    samples.Add(total);
                    foreach (var (stage, took) in parts) (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(took);
                }

                all.AddRange(samples);
                Console.WriteLine(new Latencies(samples).Row($"run {run}") + LoadAverage());
            }

            var overall = new Latencies(all);
            Console.WriteLine(overall.Row("overall"));
            // The cores are shared: CPU time is what one build costs whatever else runs beside it.
            Console.WriteLine(new Latencies(cpu).Row("CPU time per build") + "   (the whole process, all threads: includes GC and JIT)");
            Console.WriteLine("stages (mean ms): " + string.Join(", ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {new Latencies(s.Value).Mean.TotalMilliseconds:0.0}"))));
            var met = overall.Percentile(99) < Goal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT: monthly board for {seeded.FirstTeamRepIds.Length} reps p50 {overall.Percentile(50).TotalMilliseconds:0.0} ms, p95 {overall.Percentile(95).TotalMilliseconds:0.0} ms, p99 {overall.Percentile(99).TotalMilliseconds:0.0} ms vs goal < {Goal.TotalMilliseconds:0} ms: {(met ? "MET" : "MISSED")}"));
            return met ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>What the Bot posts on the month's last work day, and what <c>board</c> shows the asker.</summary>
    private sealed record MonthlyBoard(Board Board, MonthProgress Progress, BattleCountdown? Countdown, Standing? Asker);

    private static async Task<(MonthlyBoard Board, TimeSpan Total, List<(string Stage, TimeSpan Took)> Stages)> BuildTimedAsync(
        IDbContextFactory<IronArmyDbContext> contexts, long teamId, long askerId)
    {
        var stages = new List<(string, TimeSpan)>();
        var started = Stopwatch.GetTimestamp();
        var mark = started;
        void Stage(string name)
        {
            var now = Stopwatch.GetTimestamp();
            stages.Add((name, Stopwatch.GetElapsedTime(mark, now)));
            mark = now;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new { t.Schedule.Zone, t.Board })
            .SingleAsync();
        var month = BoardPeriod.MonthOf(BoardDate);
        var calendar = await db.TeamCalendarAsync(teamId, month.Start.AddMonths(-1), month.End, default);
        var previous = month.Previous(calendar);
        Stage("team+calendar");
        var reps = await db.TeamBoardMembersAsync(teamId, team.Zone, default);
        Stage("reps");
        var current = await db.TeamPeriodTotalsAsync(teamId, month, default);
        Stage("month totals");
        var before = await db.TeamPeriodTotalsAsync(teamId, previous, default);
        Stage("previous totals");
        var targets = await db.TeamMonthTargetsAsync(teamId, month.Start, BoardDate, default);
        var battle = await db.BattleMonthOfAsync(teamId, BoardDate, default);
        Stage("targets+battle");

        var board = Leaderboard.Build(month, previous, team.Board.Metric, team.Board.TopSize, reps, current, before);
        var signed = reps.Sum(r => current.GetValueOrDefault(r.MemberId)?.SignedAmountMinor ?? 0);
        var progress = MonthProgress.Of(targets.Values, signed);
        var countdown = battle is null ? null : BattleCountdown.Of(battle, signed, BoardDate, todayDone: true, calendar);
        var result = new MonthlyBoard(board, progress, countdown, board.StandingOf(askerId));
        Stage("core");
        return (result, Stopwatch.GetElapsedTime(started), stages);
    }

    private static void Describe(MonthlyBoard b)
    {
        var top = string.Join(", ", b.Board.Top.Take(3).Select(e => string.Create(CultureInfo.InvariantCulture, $"#{e.Rank} {e.Name} ¥{e.Value / 100:N0}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"board: {b.Board.Reps.Count} reps, {b.Board.Ranked.Count} ranked, top {b.Board.Top.Count}: {top} …; most improved: {string.Join(", ", b.Board.MostImproved.Select(i => $"{i.Name} +¥{i.Increase / 100:N0}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"month progress {b.Progress.Fraction:P1} of ¥{b.Progress.TargetMinor / 100:N0}; battle: goal ¥{b.Countdown?.GoalMinor / 100:N0}, {b.Countdown?.WorkDaysLeft} work days left, " +
            $"{(b.Countdown?.DailyPaceMinor is { } pace ? $"pace ¥{pace / 100:N0}" : b.Countdown?.Reached == true ? "reached" : "missed")}; asker rank {b.Asker?.Rank?.ToString(CultureInfo.InvariantCulture) ?? "none"}"));
    }

    private static async Task PrintPlansAsync(IronArmyDbContext db, long teamId)
    {
        var month = BoardPeriod.MonthOf(BoardDate);
        await PrintPlanAsync(db, "month totals", BoardQueries.MonthTotals(db, teamId, month.Start));
        await PrintPlanAsync(db, "period totals (days, weeks)", BoardQueries.PeriodTotals(db, teamId, month.Start, month.End));
    }

    private static async Task PrintPlanAsync<T>(IronArmyDbContext db, string label, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        await db.Database.CloseConnectionAsync();
        Console.WriteLine($"query plan ({label}): {string.Join(" | ", lines)}");
    }

    private static string FileSize(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(path).Length / 1024.0 / 1024.0:0} MB");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $"   load {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
}
