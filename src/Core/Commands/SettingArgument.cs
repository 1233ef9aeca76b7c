using System.Globalization;
using System.Text.RegularExpressions;

namespace IronArmy.Core.Commands;

/// <summary>
/// The "key number" argument of a setting command (<c>visits 8</c>, <c>拜访8</c>, <c>nudge 15 min</c>):
/// a known key, then a whole number within bounds, optionally followed by a minutes unit.
/// </summary>
internal static partial class SettingArgument
{
    public static Command Parse<TKey>(string rest, IReadOnlyDictionary<string, TKey> keys, int min, int max, string usage, Func<TKey, int, Command> make)
    {
        if (rest.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, rest);
        foreach (var name in keys.Keys.OrderByDescending(k => k.Length))
        {
            if (!rest.StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var value = rest[name.Length..];
            // "a 1" and "a1" name the A line; "abc 1" does not.
            if (value.Length > 0 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(name[^1])) continue;
            value = Unit().Replace(value.Trim(), "");
            if (value.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, rest);
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
                return new InvalidCommand(usage, CommandProblem.BadNumber, value);
            return make(keys[name], n);
        }

        return new InvalidCommand(usage, CommandProblem.UnknownSetting, rest);
    }

    [GeneratedRegex(@"\s*(?:minutes|minute|mins|min|m|分钟|分)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();
}
