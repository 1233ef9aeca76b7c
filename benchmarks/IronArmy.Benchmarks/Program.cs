// The project's measured runs. Usage: dotnet run -c Release --project benchmarks/IronArmy.Benchmarks -- <benchmark> [options]
//   fanout [messages]            the outbox fan-out through the throttled connector (the default; 2,000 messages)
//   kickoff-submit [options]     p50/p99 latency of concurrent kickoff submits on SQLite; see KickoffSubmitBenchmark
//   board [options]              p50/p95/p99 of building a team's monthly board over 12 months of history on SQLite; see BoardBenchmark
//   digest [options]             building the manager's evening digest from months of history on SQLite; see DigestBenchmark
//   tiers [options]              p50/p99 of a manager's 271 for 1,000 reps over 12 months of rollups on SQLite; see TierBenchmark (board's options)
using System.Globalization;
using IronArmy.Benchmarks;

switch (args.FirstOrDefault())
{
    case null:
        await FanOutBenchmark.RunAsync(FanOutBenchmark.DefaultMessages);
        return 0;
    case "fanout":
        await FanOutBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : FanOutBenchmark.DefaultMessages);
        return 0;
    case "kickoff-submit":
        return await KickoffSubmitBenchmark.RunAsync(KickoffSubmitOptions.Parse(args[1..]));
    case "board":
        return await BoardBenchmark.RunAsync(BoardOptions.Parse(args[1..]));
    case "tiers":
        return await TierBenchmark.RunAsync(BoardOptions.Parse(args[1..]));
    case "digest":
        return await DigestBenchmark.RunAsync(DigestOptions.Parse(args[1..]));
    case var n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var messages):
        // The fan-out's original command line: a bare message count.
        await FanOutBenchmark.RunAsync(messages);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{args[0]}'. Use: fanout [messages] | kickoff-submit [--reps N] [--rounds N] [--store memory|database|both] | board [--teams N] [--reps N] [--runs N] [--iterations N] [--rollups-only] | tiers [--reps N] [--runs N] [--iterations N] [--warmup N] [--db PATH] | digest [--reps N] [--days N] [--runs N] [--warmup N]");
        return 2;
}
