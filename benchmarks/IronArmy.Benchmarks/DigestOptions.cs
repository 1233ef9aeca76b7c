using System.Globalization;

namespace IronArmy.Benchmarks;

/// <summary>The digest benchmark's command line: <c>[--reps 30] [--days 90] [--runs 300] [--warmup 1500]</c>.</summary>
internal sealed record DigestOptions(int Reps, int Days, int Runs, int Warmup)
{
    public static DigestOptions Default { get; } = new(30, 90, 300, 1500);

    public static DigestOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--reps" => options with { Reps = value },
                "--days" => options with { Days = value },
                "--runs" => options with { Runs = value },
                "--warmup" => options with { Warmup = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
