using IronArmy.Core.Teams;

namespace IronArmy.Core.Commands;

/// <summary>
/// Reads work days the way managers write them: <c>Mon-Sat</c>, <c>mon,wed,fri</c>, <c>Mon-Fri,Sun</c>,
/// <c>周一-周六</c>, <c>周一至周五</c>. Ranges run Monday→Sunday.
/// </summary>
public static class WorkWeekParser
{
    // Monday-first order, index = position in the week as sales teams read it.
    private static readonly DayOfWeek[] Order =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private static readonly Dictionary<string, int> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = 0, ["monday"] = 0, ["周一"] = 0, ["一"] = 0, ["星期一"] = 0,
        ["tue"] = 1, ["tues"] = 1, ["tuesday"] = 1, ["周二"] = 1, ["二"] = 1, ["星期二"] = 1,
        ["wed"] = 2, ["wednesday"] = 2, ["周三"] = 2, ["三"] = 2, ["星期三"] = 2,
        ["thu"] = 3, ["thur"] = 3, ["thurs"] = 3, ["thursday"] = 3, ["周四"] = 3, ["四"] = 3, ["星期四"] = 3,
        ["fri"] = 4, ["friday"] = 4, ["周五"] = 4, ["五"] = 4, ["星期五"] = 4,
        ["sat"] = 5, ["saturday"] = 5, ["周六"] = 5, ["六"] = 5, ["星期六"] = 5,
        ["sun"] = 6, ["sunday"] = 6, ["周日"] = 6, ["日"] = 6, ["周天"] = 6, ["星期日"] = 6, ["星期天"] = 6,
    };

    public static bool TryParse(string? text, out WorkWeek week)
    {
        week = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var mask = 0;
        foreach (var part in text.Replace('，', ',').Replace('、', ',').Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Replace("至", "-").Replace("到", "-").Replace("~", "-").Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2) return false;
            if (!Names.TryGetValue(range[0], out var from)) return false;
            var to = from;
            if (range.Length == 2 && !Names.TryGetValue(range[1], out to)) return false;
            if (to < from) return false;
            for (var i = from; i <= to; i++) mask |= 1 << (int)Order[i];
        }

        week = new WorkWeek(mask);
        return !week.IsEmpty;
    }
}
