using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Money;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Commands;

/// <summary>
/// Turns a message's text into a <see cref="Command"/>. English and Chinese words both work,
/// case and surrounding whitespace do not matter, and full-width punctuation is accepted
/// because that is what Chinese phone keyboards type.
/// </summary>
public static partial class CommandParser
{
    public static Command Parse(string? text)
    {
        var t = Normalize(text);
        if (t.Length == 0) return new UnknownCommand("");
        var lower = t.ToLowerInvariant();

        if (lower is "help" or "帮助" or "?" or "？") return new HelpCommand();
        if (lower is "status" or "状态") return new StatusCommand();
        if (StartsWithAny(lower, out var rest, "add manager", "添加经理", "设为经理")) return new AddManagerCommand();
        if (ParseLeaderboard(lower) is { } leaderboard) return leaderboard;
        if (ParseTiers(lower) is { } tiers) return tiers;
        if (ParseRideAlong(t, lower) is { } rideAlong) return rideAlong;

        if (StartsWithAny(lower, out rest, "set timezone", "set time zone", "设置时区"))
        {
            var arg = t[^rest.Length..].Trim();
            return ParseTimeZone(arg);
        }

        if (StartsWithAny(lower, out rest, "set currency", "设置货币", "设置币种"))
        {
            if (rest.Length == 0) return new InvalidCommand(CurrencyUsage, CommandProblem.MissingArgument, rest);
            return Currencies.TryFind(rest, out var code)
                ? new SetCurrencyCommand(code)
                : new InvalidCommand(CurrencyUsage, CommandProblem.UnknownCurrency, t[^rest.Length..].Trim());
        }

        // Before "set share" / "设置晚分享", which would read "wins on" as a time.
        if (StartsWithAny(lower, out rest, "set share wins", "set wins", "设置分享拔尖", "设置 分享拔尖", "设置晚分享拔尖", "设置拔尖分享", "设置拔尖"))
            return ParseSwitch(rest, "set share wins on", on => new SetShareWinsCommand(on));
        if (StartsWithAny(lower, out rest, "set kickoff", "设置早启动")) return ParseTime(Ritual.Kickoff, "set kickoff 07:40", rest);
        if (StartsWithAny(lower, out rest, "set share", "设置晚分享")) return ParseTime(Ritual.EveningShare, "set share 18:30", rest);
        if (StartsWithAny(lower, out rest, "set digest", "设置汇总")) return ParseTime(Ritual.Digest, "set digest 21:00", rest);
        if (StartsWithAny(lower, out rest, "set workdays", "set work days", "设置工作日"))
        {
            return WorkWeekParser.TryParse(rest, out var week)
                ? new SetWorkDaysCommand(week)
                : new InvalidCommand("set workdays Mon-Sat", rest.Length == 0 ? CommandProblem.MissingArgument : CommandProblem.BadWorkDays, rest);
        }

        if (lower is "plan" or "早启动") return new OpenKickoffCommand();
        if (lower is "kickoff now" or "立即早启动") return new KickoffNowCommand();
        if (lower is "recap" or "晚分享") return new OpenRecapCommand();
        if (lower is "share now" or "立即晚分享") return new ShareNowCommand();
        if (lower is "digest now" or "晚分享汇总") return new DigestNowCommand();
        if (lower is "back" or "销假") return new BackCommand();
        if (StartsWithAny(lower, out rest, "leave", "请假"))
        {
            if (rest.Length == 0) return new LeaveCommand(null);
            return DateRangeParser.TryParse(rest, out var dates, out var problem)
                ? new LeaveCommand(dates)
                : new InvalidCommand("leave 2026-12-01..2026-12-03", problem, rest);
        }

        if (StartsWithAny(lower, out rest, "holiday", "holidays", "放假"))
        {
            return DateRangeParser.TryParse(rest, out var dates, out var problem)
                ? new SetHolidayCommand(dates)
                : new InvalidCommand("holiday 2026-10-01..2026-10-07", problem, rest);
        }

        if (StartsWithAny(lower, out rest, "workday", "调休上班", "补班"))
        {
            return DateRangeParser.TryParse(rest, out var dates, out var problem)
                ? new SetMakeUpWorkDayCommand(dates)
                : new InvalidCommand("workday 2026-10-11", problem, rest);
        }

        if (StartsWithAny(lower, out rest, "set standard", "设置标准"))
            return SettingArgument.Parse(rest, StandardKeys, 0, VisitStandard.MaxValue, "set standard visits 8", (m, n) => new SetStandardCommand(m, n));
        if (StartsWithAny(lower, out rest, "set reminders", "set reminder", "设置提醒"))
            return SettingArgument.Parse(rest, ReminderKeys, KickoffReminders.MinMinutes, KickoffReminders.MaxMinutes, "set reminders nudge 15", (make, n) => make(n));

        return new UnknownCommand(t);
    }

    private const string CurrencyUsage = "set currency HKD";

    private static readonly Dictionary<string, StandardMeasure> StandardKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["visits"] = StandardMeasure.Visits, ["拜访"] = StandardMeasure.Visits,
        ["new"] = StandardMeasure.NewVisits, ["新客户"] = StandardMeasure.NewVisits, ["新客"] = StandardMeasure.NewVisits,
        ["followup"] = StandardMeasure.FollowUpVisits, ["follow-up"] = StandardMeasure.FollowUpVisits, ["跟进"] = StandardMeasure.FollowUpVisits,
        ["closing"] = StandardMeasure.ClosingVisits, ["签单"] = StandardMeasure.ClosingVisits,
        ["a"] = StandardMeasure.ACustomers,
        ["bc"] = StandardMeasure.BcCustomers, ["b/c"] = StandardMeasure.BcCustomers,
        ["validnew"] = StandardMeasure.ValidNewCustomers, ["valid-new"] = StandardMeasure.ValidNewCustomers, ["有效新增"] = StandardMeasure.ValidNewCustomers, ["有效新客户"] = StandardMeasure.ValidNewCustomers,
    };

    /// <summary>
    /// The kickoff's follow-ups by their plain names, the evening share's with "share" in front
    /// (晚分享 in Chinese); the longest key is tried first, so "share-nudge" is never read as "nudge".
    /// Both sets share the bounds (<see cref="KickoffReminders.MaxMinutes"/> = <see cref="RecapReminders.MaxMinutes"/>).
    /// </summary>
    private static readonly Dictionary<string, Func<int, Command>> ReminderKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nudge"] = Kickoff(KickoffReminder.Nudge), ["催交"] = Kickoff(KickoffReminder.Nudge), ["催促"] = Kickoff(KickoffReminder.Nudge),
        ["managers"] = Kickoff(KickoffReminder.Managers), ["manager"] = Kickoff(KickoffReminder.Managers), ["经理"] = Kickoff(KickoffReminder.Managers),
        ["board"] = Kickoff(KickoffReminder.Board), ["看板"] = Kickoff(KickoffReminder.Board), ["晨报"] = Kickoff(KickoffReminder.Board),
        ["share-nudge"] = Recap(RecapReminder.Nudge), ["share nudge"] = Recap(RecapReminder.Nudge),
        ["晚分享催交"] = Recap(RecapReminder.Nudge), ["晚分享催促"] = Recap(RecapReminder.Nudge),
        ["share-managers"] = Recap(RecapReminder.Managers), ["share managers"] = Recap(RecapReminder.Managers),
        ["share-manager"] = Recap(RecapReminder.Managers), ["share manager"] = Recap(RecapReminder.Managers), ["晚分享经理"] = Recap(RecapReminder.Managers),
    };

    private static Func<int, Command> Kickoff(KickoffReminder reminder) => n => new SetReminderCommand(reminder, n);

    private static Func<int, Command> Recap(RecapReminder reminder) => n => new SetRecapReminderCommand(reminder, n);

    private static readonly Dictionary<string, bool> SwitchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["on"] = true, ["yes"] = true, ["true"] = true, ["开"] = true, ["开启"] = true, ["打开"] = true, ["是"] = true,
        ["off"] = false, ["no"] = false, ["false"] = false, ["关"] = false, ["关闭"] = false, ["否"] = false,
    };

    private static Command ParseSwitch(string arg, string usage, Func<bool, Command> make)
    {
        if (arg.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, arg);
        return SwitchWords.TryGetValue(arg, out var on) ? make(on) : new InvalidCommand(usage, CommandProblem.BadSwitch, arg);
    }

    private static Command ParseTimeZone(string arg)
    {
        if (arg.Length == 0) return new InvalidCommand("set timezone Asia/Shanghai", CommandProblem.MissingArgument, arg);
        // IANA ids are what we store; a Windows id ("China Standard Time") is converted rather than refused.
        return TeamZone.TryFind(arg, out var zone)
            ? new SetTimeZoneCommand(zone)
            : new InvalidCommand("set timezone Asia/Shanghai", CommandProblem.UnknownTimeZone, arg);
    }

    private static Command ParseTime(Ritual ritual, string usage, string arg)
    {
        if (arg.Length == 0) return new InvalidCommand(usage, CommandProblem.MissingArgument, arg);
        var m = TimePattern().Match(arg);
        if (m.Success)
        {
            var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (hour < 24 && minute < 60) return new SetRitualTimeCommand(ritual, new TimeOnly(hour, minute));
        }

        return new InvalidCommand(usage, CommandProblem.BadTime, arg);
    }

    private static bool StartsWithAny(string lower, out string rest, params string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (lower == p || lower.StartsWith(p + " ", StringComparison.Ordinal) || (IsCjk(p[^1]) && lower.StartsWith(p, StringComparison.Ordinal)))
            {
                rest = lower[p.Length..].Trim();
                return true;
            }
        }

        rest = "";
        return false;
    }

    private static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9fff';

    /// <summary>Full-width forms to ASCII, runs of whitespace to one space.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC);
        return Whitespace().Replace(folded, " ").Trim();
    }

    [GeneratedRegex(@"^(\d{1,2})[:.](\d{2})$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
