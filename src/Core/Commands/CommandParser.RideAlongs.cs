using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Core.Commands;

/// <summary>The 陪访 words: log a ride-along, a rep's coaching history, the managers' weekly rhythm.</summary>
public static partial class CommandParser
{
    private const string RidesPerWeekUsage = "set rides per week 3";

    /// <summary>A ride-along command, or null when the words are none of them. <paramref name="text"/> keeps the case names were typed in.</summary>
    private static Command? ParseRideAlong(string text, string lower)
    {
        if (StartsWithAny(lower, out var rest, "set rides per week", "set rides", "set ride-alongs per week", "set ride-alongs", "设置陪访"))
        {
            var value = RidesWords().Replace(rest, "").Trim();
            if (value.Length == 0) return new InvalidCommand(RidesPerWeekUsage, CommandProblem.MissingArgument, rest);
            return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= RideAlongRhythm.MinPerWeek and <= RideAlongRhythm.MaxPerWeek
                ? new SetRidesPerWeekCommand(n)
                : new InvalidCommand(RidesPerWeekUsage, CommandProblem.BadNumber, value);
        }

        if (StartsWithAny(lower, out rest, "ride-along", "ride along", "ride", "陪访"))
            return new RideAlongCommand(PersonName(text, rest));
        if (StartsWithAny(lower, out rest, "coaching", "coach", "辅导记录", "辅导"))
            return new CoachingHistoryCommand(PersonName(text, rest));
        return null;
    }

    /// <summary>The name after the command as typed: Teams' mention tags and a leading @ removed; null when none.</summary>
    private static string? PersonName(string text, string rest)
    {
        if (rest.Length == 0) return null;
        var name = MentionTags().Replace(text[^rest.Length..], "").Trim().TrimStart('@').Trim();
        return name.Length == 0 ? null : name;
    }

    [GeneratedRegex(@"</?at>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionTags();

    // "per week", "每周", "次", "a week" around the number.
    [GeneratedRegex(@"per week|a week|/\s*week|每周|每星期|次/周|次", RegexOptions.IgnoreCase)]
    private static partial Regex RidesWords();
}
