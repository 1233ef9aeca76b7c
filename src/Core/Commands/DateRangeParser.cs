using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Commands;

/// <summary>
/// Reads a date or a date range the way people type one: <c>2026-12-01</c>, <c>2026/12/1</c>,
/// <c>2026年12月1日</c>, and ranges joined by <c>..</c>, <c>~</c>, <c>至</c>, <c>到</c> or a spaced dash
/// (<c>2026-10-01..2026-10-07</c>, <c>2026-10-01 至 2026-10-07</c>). Full-width forms are folded by
/// the caller. Both ends are included.
/// </summary>
public static partial class DateRangeParser
{
    /// <summary>Longer ranges are refused as typos: two months covers any leave or holiday.</summary>
    public const int MaxDays = 60;

    public static bool TryParse(string? text, out DateRange range, out CommandProblem problem)
    {
        range = default;
        problem = CommandProblem.MissingArgument;
        if (string.IsNullOrWhiteSpace(text)) return false;
        problem = CommandProblem.BadDate;
        var parts = Separator().Split(text.Trim());
        if (parts.Length is < 1 or > 2) return false;
        if (!TryParseDate(parts[0], out var start)) return false;
        var end = start;
        if (parts.Length == 2 && !TryParseDate(parts[1], out end)) return false;
        if (end < start)
        {
            problem = CommandProblem.DateRangeReversed;
            return false;
        }

        range = new DateRange(start, end);
        if (range.Days > MaxDays)
        {
            problem = CommandProblem.DateRangeTooLong;
            return false;
        }

        return true;
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        var m = Date().Match(text.Trim());
        if (!m.Success) return false;
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (y < 2000 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    [GeneratedRegex(@"\s*(?:\.{2,3}|~|〜|至|到|\s[-—–]\s)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:(?<y>\d{4})([-/])(?<m>\d{1,2})\1(?<d>\d{1,2})|(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?)$")]
    private static partial Regex Date();
}
