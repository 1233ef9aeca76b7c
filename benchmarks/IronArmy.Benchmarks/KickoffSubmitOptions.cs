using System.Globalization;
using IronArmy.Bot.Scheduling;

namespace IronArmy.Benchmarks;

/// <summary>The kickoff-submit command line: <c>[--reps 100] [--rounds 5] [--store memory|database|both]</c>.</summary>
internal sealed record KickoffSubmitOptions(int Reps, int Rounds, IReadOnlyList<SchedulingStore> Stores)
{
    public static KickoffSubmitOptions Default { get; } = new(100, 5, [SchedulingStore.Memory, SchedulingStore.Database]);

    public static KickoffSubmitOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--reps" => options with { Reps = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--store" => options with { Stores = StoresOf(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }

    private static SchedulingStore[] StoresOf(string value) => value.ToLowerInvariant() switch
    {
        "memory" => [SchedulingStore.Memory],
        "database" or "sqlite" => [SchedulingStore.Database],
        "both" => [SchedulingStore.Memory, SchedulingStore.Database],
        _ => throw new ArgumentException($"--store {value}: use memory, database or both."),
    };
}
