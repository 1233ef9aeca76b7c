using System.Globalization;

namespace IronArmy.Benchmarks;

/// <summary>
/// The board command line: <c>[--teams 1] [--reps 1000] [--runs 5] [--iterations 40] [--warmup 30] [--rollups-only] [--db PATH]</c>.
/// <c>--reps</c> is per team; <c>--rollups-only</c> seeds the rollups and plans but not the recaps and visits;
/// <c>--warmup</c> is how many builds run before the measured ones (JIT, EF's query cache, the pools, SQLite's page cache);
/// <c>--db</c> keeps the database file at PATH (seeded when it does not exist, reused when it does).
/// </summary>
internal sealed record BoardOptions(int Teams, int RepsPerTeam, int Runs, int Iterations, int Warmup, bool RollupsOnly, string? Database)
{
    public static BoardOptions Default { get; } = new(1, 1000, 5, 40, 30, false, null);

    public static BoardOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rollups-only")
            {
                options = options with { RollupsOnly = true };
                continue;
            }

            if (i + 1 >= args.Length) throw new ArgumentException($"{args[i]} needs a value.");
            if (args[i] == "--db")
            {
                options = options with { Database = Path.GetFullPath(args[++i]) };
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--teams" => options with { Teams = value },
                "--reps" => options with { RepsPerTeam = value },
                "--runs" => options with { Runs = value },
                "--iterations" => options with { Iterations = value },
                "--warmup" => options with { Warmup = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }
}
