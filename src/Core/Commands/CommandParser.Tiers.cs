using System.Globalization;
using IronArmy.Core.Tiers;

namespace IronArmy.Core.Commands;

/// <summary>The 271 words: the tiers card and its settings.</summary>
public static partial class CommandParser
{
    internal const string TierWindowUsage = "set 271 window 20";
    internal const string TierWeightsUsage = "set 271 weights 40 25 20 15";

    /// <summary>A 271 command, or null when the words are none of them.</summary>
    private static Command? ParseTiers(string lower)
    {
        if (lower is "271" or "二七一" or "2-7-1" or "tiers") return new ShowTiersCommand();
        if (!StartsWithAny(lower, out var rest, "set 271", "set tiers", "设置271", "设置 271", "设置二七一")) return null;
        if (rest.Length == 0) return new InvalidCommand(TierWindowUsage, CommandProblem.MissingArgument, rest);
        if (StartsWithAny(rest, out var value, "window", "窗口", "天数"))
            return Whole(TierSettings.MinWindowDays, TierSettings.MaxWindowDays, TierWindowUsage, n => new SetTierWindowCommand(n))(value);
        if (StartsWithAny(rest, out value, "weights", "weight", "权重"))
            return ParseWeights(value);
        return new InvalidCommand(TierWindowUsage, CommandProblem.UnknownSetting, rest);
    }

    private static Command ParseWeights(string value)
    {
        if (value.Length == 0) return new InvalidCommand(TierWeightsUsage, CommandProblem.MissingArgument, value);
        // Spaces, commas (half- or full-width, folded already) or slashes between the four numbers.
        var parts = value.Split([' ', ',', '/', '、'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = new List<int>(4);
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return new InvalidCommand(TierWeightsUsage, CommandProblem.BadWeights, value);
            numbers.Add(n);
        }

        return TierWeights.TryCreate(numbers, out var weights)
            ? new SetTierWeightsCommand(weights)
            : new InvalidCommand(TierWeightsUsage, CommandProblem.BadWeights, value);
    }
}
