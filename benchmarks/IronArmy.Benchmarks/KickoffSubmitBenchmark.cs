using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Storage;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace IronArmy.Benchmarks;

/// <summary>
/// Issue 3's figure: the latency of handling a kickoff submit — read the card, store the plan and its
/// revision, schedule the board refresh, build the summary card with the team mirror — when a whole
/// team of reps presses Submit at once. The host is composed as src/Bot/Program.cs composes it, on a
/// temp SQLite file (migrated as at start-up); each submit runs in its own DI scope as a request does.
/// Quartz is configured but not started, so the board jobs are scheduled (in RAM or in the SQLite
/// job store) but do not run during the measurement.
/// </summary>
internal static class KickoffSubmitBenchmark
{
    private static readonly TimeSpan Goal = TimeSpan.FromMilliseconds(50);

    public static async Task<int> RunAsync(KickoffSubmitOptions options)
    {
        Console.WriteLine($"kickoff submit: {options.Reps} concurrent submits per round, {options.Rounds} rounds (1 first submit, then edits)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}, GC server={System.Runtime.GCSettings.IsServerGC}{LoadAverage()}");
        var met = true;
        foreach (var store in options.Stores)
        {
            Console.WriteLine();
            Console.WriteLine($"== Quartz store: {(store == SchedulingStore.Memory ? "Memory (RAM)" : "Database (SQLite, same file)")}{LoadAverage()}");
            met &= await RunAsync(options, store);
        }

        return met ? 0 : 1;
    }

    // The cores are shared with other work; the load says how much of them the run really had.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";

    private static async Task<bool> RunAsync(KickoffSubmitOptions options, SchedulingStore store)
    {
        var directory = Directory.CreateTempSubdirectory("ironarmy-kickoff-bench-").FullName;
        var team = new Team { TenantId = "bench-tenant", TeamsTeamId = "19:kickoff-bench@thread.tacv2", Name = "Bench", ServiceUrl = "https://smba.trafficmanager.net/apac/" };
        var zone = team.Schedule.Zone;
        var workDate = zone.DateOf(DateTime.UtcNow);
        // Morning of the measured day, so every submit and edit is inside the editing window.
        var clock = new FakeTimeProvider(new DateTimeOffset(zone.At(workDate.AddDays(-1), new TimeOnly(8, 0)), TimeSpan.Zero));
        try
        {
            using var host = BuildHost(Path.Combine(directory, "bench.db"), store, clock);
            await host.StartAsync(); // applies the migrations, as the bot does at start-up
            var memberIds = await SeedAsync(host.Services, team, options.Reps, clock);

            // Warm-up on the day before (JIT, EF query caches, pools; Quartz provisions its tables on
            // first use). It also leaves yesterday's plans, so month and week targets carry over as in real use.
            await RoundAsync(host.Services, memberIds, workDate.AddDays(-1), edit: 0);
            await RoundAsync(host.Services, memberIds, workDate.AddDays(-1), edit: 1);

            // The cost of one submit with nothing else running: the floor for the concurrent figures.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var alone = await OneAtATimeAsync(host.Services, memberIds, workDate.AddDays(-1), edit: 2);
            // CPU time is what other load on the machine does not inflate: the floor of a burst is
            // reps × this ÷ cores.
            var cpuPerSubmit = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore) / memberIds.Length;
            var allocatedPerSubmit = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / memberIds.Length;
            Console.WriteLine("service = a submit's own time (scope, speaker load, HandleAsync, card JSON), from when it starts running;");
            Console.WriteLine("arrival = from the moment all submits arrive together to each one's answer (includes waiting for a thread).");
            Console.WriteLine(Latencies.Header);
            Console.WriteLine(new Latencies(alone.Service).Row("one at a time service") + $"   wall {alone.Wall.TotalMilliseconds:0} ms");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU per submit (one at a time, all threads): {cpuPerSubmit.TotalMilliseconds:0.00} ms, {allocatedPerSubmit / 1024.0:0} KB allocated; a burst of {memberIds.Length} needs >= {cpuPerSubmit.TotalMilliseconds * memberIds.Length / Environment.ProcessorCount:0} ms of wall time on {Environment.ProcessorCount} cores"));

            clock.SetUtcNow(new DateTimeOffset(zone.At(workDate, new TimeOnly(7, 45)), TimeSpan.Zero));
            var rounds = new List<RoundResult>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
                var result = await RoundAsync(host.Services, memberIds, workDate, edit: round + 1);
                rounds.Add(result);
                var kind = round == 1 ? "first submit" : "edit";
                Console.WriteLine(new Latencies(result.Service).Row($"round {round} service") + $"   {kind}");
                Console.WriteLine(new Latencies(result.Arrival).Row($"round {round} arrival") + $"   wall {result.Wall.TotalMilliseconds:0} ms");
            }

            var handle = new Latencies(rounds.SelectMany(r => r.Handle));
            var service = new Latencies(rounds.SelectMany(r => r.Service));
            var arrival = new Latencies(rounds.SelectMany(r => r.Arrival));
            Console.WriteLine(handle.Row("overall handle") + "   HandleAsync + card JSON only");
            Console.WriteLine(service.Row("overall service"));
            Console.WriteLine(arrival.Row("overall arrival"));
            var throughput = options.Reps * options.Rounds / rounds.Sum(r => r.Wall.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {throughput:0} submits/s under load"));
            var check = await CheckStoredAsync(host.Services, team.Id, workDate, options.Reps, options.Rounds);
            Console.WriteLine($"stored: {check}");
            var met = service.Percentile(99) < Goal && arrival.Percentile(99) < Goal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT: p99 service {service.Percentile(99).TotalMilliseconds:0.0} ms, arrival {arrival.Percentile(99).TotalMilliseconds:0.0} ms vs goal < {Goal.TotalMilliseconds:0} ms: {(met ? "MET" : "MISSED")}"));
            await host.StopAsync();
            return met;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IHost BuildHost(string dbPath, SchedulingStore store, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:IronArmy"] = $"Data Source={dbPath}",
            ["Scheduling:Store"] = store.ToString(),
            // No scheduler loop or reconciler: the measurement is the submit, not the jobs it schedules.
            ["Scheduling:Enabled"] = "false",
        });
        // Per-submit Information logs would measure the console; the bot's own levels are in appsettings.json.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(clock);
        builder.Services.AddIronArmyData(builder.Configuration);
        builder.Services.AddScheduling(builder.Configuration);
        builder.Services.AddSingleton<ServiceUrlTrust>(); // all AddConversations needs of the protocol (no inbound HTTP here)
        builder.Services.AddConversations();
        builder.Services.AddKickoff();
        return builder.Build();
    }

    private static async Task<long[]> SeedAsync(IServiceProvider services, Team team, int reps, TimeProvider clock)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Tenants.Add(new Tenant { Id = team.TenantId, FirstSeenUtc = now });
        team.InstalledAtUtc = now;
        team.Members.Add(new Member { TeamsUserId = "29:bench-manager", Name = "经理", Role = MemberRole.Manager, JoinedAtUtc = now });
        team.Members.AddRange(Enumerable.Range(0, reps).Select(i => new Member
        {
            TeamsUserId = $"29:bench-{i}", Name = $"{Surnames[i % Surnames.Length]}{i:000}", PersonalConversationId = $"a:bench-{i}", JoinedAtUtc = now,
        }));
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return [.. team.Members.Where(m => m.Role == MemberRole.Rep).Select(m => m.Id)];
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

    private sealed record RoundResult(TimeSpan[] Handle, TimeSpan[] Service, TimeSpan[] Arrival, TimeSpan Wall);

    /// <summary>Every rep submits at once: all tasks wait at one gate, which opens when all are ready.</summary>
    private static async Task<RoundResult> RoundAsync(IServiceProvider services, long[] memberIds, DateOnly workDate, int edit)
    {
        var cards = memberIds.Select((_, i) => KickoffCardValues.For(i, workDate, edit)).ToArray();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var submits = memberIds.Select((id, i) => Task.Run(async () =>
        {
            await gate.Task;
            return await SubmitAsync(services, id, cards[i]);
        })).ToArray();
        var started = Stopwatch.GetTimestamp();
        gate.SetResult();
        var samples = await Task.WhenAll(submits);
        var wall = Stopwatch.GetElapsedTime(started);
        return ResultOf(samples, started, wall);
    }

    private static async Task<RoundResult> OneAtATimeAsync(IServiceProvider services, long[] memberIds, DateOnly workDate, int edit)
    {
        var samples = new List<Sample>();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < memberIds.Length; i++)
            samples.Add(await SubmitAsync(services, memberIds[i], KickoffCardValues.For(i, workDate, edit)));
        return ResultOf([.. samples], started, Stopwatch.GetElapsedTime(started));
    }

    private static RoundResult ResultOf(Sample[] samples, long arrived, TimeSpan wall)
    {
        var refused = samples.Count(s => !s.Summary);
        if (refused > 0) throw new InvalidOperationException($"{refused} submits did not come back as a summary card; the benchmark's card values are wrong.");
        return new RoundResult(
            [.. samples.Select(s => Stopwatch.GetElapsedTime(s.HandleStart, s.End))],
            [.. samples.Select(s => Stopwatch.GetElapsedTime(s.Start, s.End))],
            [.. samples.Select(s => Stopwatch.GetElapsedTime(arrived, s.End))],
            wall);
    }

    /// <summary>Stopwatch timestamps of one submit: started running, HandleAsync called, answer ready.</summary>
    private sealed record Sample(long Start, long HandleStart, long End, bool Summary);

    private static async Task<Sample> SubmitAsync(IServiceProvider services, long memberId, JsonElement data)
    {
        var start = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
        // The speaker as SpeakerLookup finds it in a 1:1 chat: the member with its team, tracked.
        var member = await db.Members.Include(m => m.Team).SingleAsync(m => m.Id == memberId);
        var speaker = new Speaker(member, member.Team!, InChannel: false);

        var handleStart = Stopwatch.GetTimestamp();
        var card = await scope.ServiceProvider.GetRequiredService<KickoffSubmissions>().PressAsync(speaker, KickoffSubmissions.SubmitVerb, data, CancellationToken.None);
        var json = CardJson.ToJsonElement(card); // the invoke response's body, as CardActions returns it
        var end = Stopwatch.GetTimestamp();

        var text = json.GetRawText();
        var summary = text.Contains(KickoffSummaryCard.EditVerb, StringComparison.Ordinal) && !text.Contains(KickoffCard.SubmitVerb, StringComparison.Ordinal);
        return new Sample(start, handleStart, end, summary);
    }

    /// <summary>What the rounds left in the database: one plan per rep at the last version, one revision per change.</summary>
    private static async Task<string> CheckStoredAsync(IServiceProvider services, long teamId, DateOnly workDate, int reps, int rounds)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();
        var plans = await db.KickoffPlans.Where(p => p.TeamId == teamId && p.WorkDate == workDate).Select(p => new { p.Id, p.Version }).ToListAsync();
        var planIds = plans.Select(p => p.Id).ToList();
        var revisions = await db.KickoffPlanRevisions.CountAsync(r => planIds.Contains(r.PlanId));
        var ok = plans.Count == reps && plans.All(p => p.Version == rounds) && revisions == reps * rounds;
        return string.Create(CultureInfo.InvariantCulture, $"{plans.Count} plans, versions {plans.Min(p => p.Version)}..{plans.Max(p => p.Version)}, {revisions} revisions ({(ok ? "as expected" : "UNEXPECTED")})");
    }
}
