using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Money;

namespace IronArmy.Core.Commands;

/// <summary>The 标杆 words: boards, 大战月, shout-outs and their settings.</summary>
public static partial class CommandParser
{
    private const string BoardUsage = "board week";
    private const string BattleUsage = "battle month 2026-12 5000000";
    private const string NameMeUsage = "shoutouts off";
    private const string BoardSettingUsage = "set board top 10";
    private const string ShoutOutSettingUsage = "set shoutouts off";

    /// <summary>A 标杆 command, or null when the words are none of them.</summary>
    private static Command? ParseLeaderboard(string lower)
    {
        // Bare shortcuts first: 日榜 / 周榜 / 月榜 are how a Chinese rep names a board.
        if (BoardShortcuts.TryGetValue(lower, out var shortcut)) return new ShowBoardCommand(shortcut);

        if (StartsWithAny(lower, out var rest, "board now", "post board", "发布排行榜", "发布榜单"))
            return ParsePeriod(rest, "board now", p => new PostBoardCommand(p));
        if (StartsWithAny(lower, out rest, "board", "leaderboard", "ranking", "rankings", "排行榜", "排行", "排名", "榜单"))
            return ParsePeriod(rest, BoardUsage, p => new ShowBoardCommand(p));

        if (StartsWithAny(lower, out rest, "cancel battle month", "取消大战月"))
        {
            if (ParseMonth(rest, out var month, out var after) is { } bad) return bad;
            return after.Length == 0 ? new CancelBattleMonthCommand(month) : new InvalidCommand("cancel battle month 2026-12", CommandProblem.BadDate, rest);
        }

        if (StartsWithAny(lower, out rest, "battle month", "big battle month", "大战月"))
            return ParseBattleMonth(rest);

        if (StartsWithAny(lower, out rest, "set board", "set leaderboard", "设置排行榜", "设置榜单"))
            return ParseKeyed(rest, BoardSettings, BoardSettingUsage);
        if (StartsWithAny(lower, out rest, "set shoutouts", "set shout-outs", "set shout outs", "set shoutout", "设置标杆时刻", "设置标杆"))
        {
            // "on"/"off" switch them; anything else names a setting.
            return SwitchWords.TryGetValue(rest, out var on)
                ? new SetShoutOutsCommand(on)
                : ParseKeyed(rest, ShoutOutSettings, ShoutOutSettingUsage);
        }

        if (StartsWithAny(lower, out rest, "shoutouts", "shout-outs", "shout outs", "shoutout", "标杆时刻"))
            return ParseSwitch(rest, NameMeUsage, named => new NameMeInShoutOutsCommand(named));

        return null;
    }

    private static Command ParsePeriod(string rest, string usage, Func<BoardPeriodKind, Command> make)
    {
        // Today's board unless a period is named: the day is what the channel sees each evening.
        if (rest.Length == 0) return make(BoardPeriodKind.Day);
        return Periods.TryGetValue(rest, out var period) ? make(period) : new InvalidCommand(usage, CommandProblem.UnknownSetting, rest);
    }

    private static Command ParseBattleMonth(string rest)
    {
        if (rest.Length == 0) return new InvalidCommand(BattleUsage, CommandProblem.MissingArgument, rest);
        if (ParseMonth(rest, out var month, out var goal) is { } bad) return bad;
        if (goal.Length == 0) return new InvalidCommand(BattleUsage, CommandProblem.MissingArgument, rest);
        if (Cancel.Contains(goal)) return new CancelBattleMonthCommand(month);
        // Three decimals is the most any currency has; the team's own currency is checked when the command runs.
        return MoneyText.TryParse(goal, 3, out var minor) && minor > 0
            ? new SetBattleMonthCommand(month, goal)
            : new InvalidCommand(BattleUsage, CommandProblem.BadNumber, goal);
    }

    /// <summary>Reads a leading month (<c>2026-12</c>, <c>2026/12</c>, <c>2026年12月</c>); null on success, else the problem.</summary>
    private static InvalidCommand? ParseMonth(string rest, out DateOnly month, out string after)
    {
        month = default;
        after = "";
        if (rest.Length == 0) return new InvalidCommand(BattleUsage, CommandProblem.MissingArgument, rest);
        var m = MonthPattern().Match(rest);
        if (!m.Success) return new InvalidCommand(BattleUsage, CommandProblem.BadDate, rest.Split(' ')[0]);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 9998 || number is < 1 or > 12) return new InvalidCommand(BattleUsage, CommandProblem.BadDate, m.Value.Trim());
        month = new DateOnly(year, number, 1);
        after = rest[m.Length..].Trim();
        return null;
    }

    /// <summary>A setting key (the longest that matches) followed by its value.</summary>
    private static Command ParseKeyed(string rest, IReadOnlyDictionary<string, Func<string, Command>> keys, string usage)
    {
        if (rest.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, rest);
        foreach (var name in keys.Keys.OrderByDescending(k => k.Length))
        {
            if (!rest.StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var value = rest[name.Length..];
            // "top10" and "前10" name the top; "topper 10" does not.
            if (value.Length > 0 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(name[^1])) continue;
            return keys[name](value.Trim());
        }

        return new InvalidCommand(usage, CommandProblem.UnknownSetting, rest);
    }

    private static Func<string, Command> Whole(int min, int max, string usage, Func<int, Command> make) => value =>
    {
        value = WholeUnit().Replace(value, "");
        if (value.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, value);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? make(n)
            : new InvalidCommand(usage, CommandProblem.BadNumber, value);
    };

    private static Command ParseMetric(string value)
    {
        if (value.Length == 0) return new InvalidCommand("set board metric visits", CommandProblem.MissingArgument, value);
        return Metrics.TryGetValue(value, out var metric)
            ? new SetBoardMetricCommand(metric)
            : new InvalidCommand("set board metric visits", CommandProblem.UnknownSetting, value);
    }

    private static Command ParseMillionClub(string value)
    {
        const string usage = "set shoutouts million 1000000";
        if (value.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, value);
        return MoneyText.TryParse(value, 3, out var minor) && minor > 0
            ? new SetMillionClubCommand(value)
            : new InvalidCommand(usage, CommandProblem.BadNumber, value);
    }

    private static readonly Dictionary<string, Func<string, Command>> BoardSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["metric"] = ParseMetric, ["headline"] = ParseMetric, ["指标"] = ParseMetric, ["主指标"] = ParseMetric,
        ["top"] = Whole(SetBoardTopCommand.Min, SetBoardTopCommand.Max, BoardSettingUsage, n => new SetBoardTopCommand(n)),
        ["前"] = Whole(SetBoardTopCommand.Min, SetBoardTopCommand.Max, BoardSettingUsage, n => new SetBoardTopCommand(n)),
        ["人数"] = Whole(SetBoardTopCommand.Min, SetBoardTopCommand.Max, BoardSettingUsage, n => new SetBoardTopCommand(n)),
        ["after"] = Whole(SetBoardDelayCommand.Min, SetBoardDelayCommand.Max, "set board after 30", n => new SetBoardDelayCommand(n)),
        ["delay"] = Whole(SetBoardDelayCommand.Min, SetBoardDelayCommand.Max, "set board after 30", n => new SetBoardDelayCommand(n)),
        ["汇总后"] = Whole(SetBoardDelayCommand.Min, SetBoardDelayCommand.Max, "set board after 30", n => new SetBoardDelayCommand(n)),
    };

    private static readonly Dictionary<string, Func<string, Command>> ShoutOutSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["million club"] = ParseMillionClub, ["million"] = ParseMillionClub, ["百万俱乐部"] = ParseMillionClub, ["百万"] = ParseMillionClub,
        ["streak"] = Whole(SetStreakDaysCommand.Min, SetStreakDaysCommand.Max, "set shoutouts streak 5", n => new SetStreakDaysCommand(n)),
        ["连续"] = Whole(SetStreakDaysCommand.Min, SetStreakDaysCommand.Max, "set shoutouts streak 5", n => new SetStreakDaysCommand(n)),
        ["every"] = Whole(SetShoutOutIntervalCommand.Min, SetShoutOutIntervalCommand.Max, "set shoutouts every 10", n => new SetShoutOutIntervalCommand(n)),
        ["interval"] = Whole(SetShoutOutIntervalCommand.Min, SetShoutOutIntervalCommand.Max, "set shoutouts every 10", n => new SetShoutOutIntervalCommand(n)),
        ["间隔"] = Whole(SetShoutOutIntervalCommand.Min, SetShoutOutIntervalCommand.Max, "set shoutouts every 10", n => new SetShoutOutIntervalCommand(n)),
    };

    private static readonly Dictionary<string, BoardMetric> Metrics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["signed"] = BoardMetric.SignedAmount, ["amount"] = BoardMetric.SignedAmount, ["signed-amount"] = BoardMetric.SignedAmount,
        ["signed amount"] = BoardMetric.SignedAmount, ["sales"] = BoardMetric.SignedAmount,
        ["签单额"] = BoardMetric.SignedAmount, ["签单金额"] = BoardMetric.SignedAmount, ["签单"] = BoardMetric.SignedAmount,
        ["业绩"] = BoardMetric.SignedAmount, ["金额"] = BoardMetric.SignedAmount,
        ["validnew"] = BoardMetric.ValidNewCustomers, ["valid-new"] = BoardMetric.ValidNewCustomers, ["valid new"] = BoardMetric.ValidNewCustomers,
        ["new"] = BoardMetric.ValidNewCustomers, ["有效新增"] = BoardMetric.ValidNewCustomers, ["有效新客户"] = BoardMetric.ValidNewCustomers,
        ["新客户"] = BoardMetric.ValidNewCustomers,
        ["visits"] = BoardMetric.Visits, ["拜访"] = BoardMetric.Visits, ["拜访量"] = BoardMetric.Visits,
        ["a"] = BoardMetric.AConversions, ["conversions"] = BoardMetric.AConversions, ["a-conversions"] = BoardMetric.AConversions,
        ["a conversions"] = BoardMetric.AConversions, ["转a"] = BoardMetric.AConversions, ["升a"] = BoardMetric.AConversions,
        ["a类转化"] = BoardMetric.AConversions,
    };

    private static readonly Dictionary<string, BoardPeriodKind> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = BoardPeriodKind.Day, ["day"] = BoardPeriodKind.Day, ["daily"] = BoardPeriodKind.Day,
        ["今天"] = BoardPeriodKind.Day, ["今日"] = BoardPeriodKind.Day, ["日"] = BoardPeriodKind.Day, ["日榜"] = BoardPeriodKind.Day,
        ["week"] = BoardPeriodKind.Week, ["weekly"] = BoardPeriodKind.Week, ["this week"] = BoardPeriodKind.Week,
        ["周"] = BoardPeriodKind.Week, ["本周"] = BoardPeriodKind.Week, ["周榜"] = BoardPeriodKind.Week,
        ["month"] = BoardPeriodKind.Month, ["monthly"] = BoardPeriodKind.Month, ["this month"] = BoardPeriodKind.Month,
        ["月"] = BoardPeriodKind.Month, ["本月"] = BoardPeriodKind.Month, ["月榜"] = BoardPeriodKind.Month,
    };

    private static readonly Dictionary<string, BoardPeriodKind> BoardShortcuts = new(StringComparer.Ordinal)
    {
        ["日榜"] = BoardPeriodKind.Day, ["周榜"] = BoardPeriodKind.Week, ["月榜"] = BoardPeriodKind.Month,
    };

    private static readonly HashSet<string> Cancel = new(StringComparer.OrdinalIgnoreCase) { "off", "cancel", "取消", "关", "关闭" };

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})(?![\d/.-])|年(?<m>\d{1,2})月?)")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\s*(?:minutes|minute|mins|min|days|day|reps|分钟|分|天|人|名)$")]
    private static partial Regex WholeUnit();
}
