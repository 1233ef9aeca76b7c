using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Commands;

/// <summary>What a person asked the bot to do, parsed from their words (English or Chinese).</summary>
public abstract record Command
{
    /// <summary>Manager commands change the team; a rep who tries one is told so and nothing changes.</summary>
    public virtual bool RequiresManager => false;
}

public sealed record HelpCommand : Command;

public sealed record StatusCommand : Command
{
    public override bool RequiresManager => true;
}

public sealed record SetTimeZoneCommand(TeamZone Zone) : Command
{
    public override bool RequiresManager => true;
}

public sealed record SetRitualTimeCommand(Ritual Ritual, TimeOnly Time) : Command
{
    public override bool RequiresManager => true;
}

public sealed record SetWorkDaysCommand(WorkWeek WorkDays) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>
/// <c>set currency HKD</c> / <c>设置货币 HKD</c>: the ISO 4217 currency the team's amounts are in
/// (<see cref="Money.CurrencyChange"/> says what becomes of amounts already recorded).
/// </summary>
public sealed record SetCurrencyCommand(string CurrencyCode) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>Promote the person @mentioned in the message (the mention itself travels in the activity's entities).</summary>
public sealed record AddManagerCommand : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>plan</c> / <c>早启动</c>: the rep opens today's kickoff card.</summary>
public sealed record OpenKickoffCommand : Command;

/// <summary><c>kickoff now</c> / <c>立即早启动</c>: prompt the whole team at once; reps who already submitted today get nothing new.</summary>
public sealed record KickoffNowCommand : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>recap</c> / <c>晚分享</c>: the rep opens today's evening share card.</summary>
public sealed record OpenRecapCommand : Command;

/// <summary><c>share now</c> / <c>立即晚分享</c>: prompt the whole team for the evening share at once; reps who already shared today get nothing new.</summary>
public sealed record ShareNowCommand : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>digest now</c> / <c>晚分享汇总</c>: the manager gets tonight's digest now; a rep is told it is for managers and gets none of it.</summary>
public sealed record DigestNowCommand : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>leave</c> / <c>请假</c> [dates]: the speaker is off. <see cref="Dates"/> null means today (the parser does not know the team's date).</summary>
public sealed record LeaveCommand(DateRange? Dates) : Command;

/// <summary><c>back</c> / <c>销假</c>: the speaker's leave is cancelled from today on.</summary>
public sealed record BackCommand : Command;

/// <summary><c>holiday 2026-10-01..2026-10-07</c> / <c>放假 …</c>: no rituals on these dates.</summary>
public sealed record SetHolidayCommand(DateRange Dates) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>workday 2026-10-11</c> / <c>调休上班 …</c> / <c>补班 …</c>: make-up work days, rituals as on any work day.</summary>
public sealed record SetMakeUpWorkDayCommand(DateRange Dates) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set standard visits 8</c> / <c>设置标准 拜访 8</c>: one line of the team's visit standard.</summary>
public sealed record SetStandardCommand(StandardMeasure Measure, int Value) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set reminders nudge 15</c> / <c>设置提醒 催交 15</c>: minutes after the kickoff for one follow-up.</summary>
public sealed record SetReminderCommand(KickoffReminder Reminder, int Minutes) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set reminders share-nudge 30</c> / <c>设置提醒 晚分享催交 30</c>: minutes after the evening share for one follow-up.</summary>
public sealed record SetRecapReminderCommand(RecapReminder Reminder, int Minutes) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set share wins on|off</c> / <c>设置分享拔尖 开|关</c>: post today's team-visible wins to the channel before the evening meeting.</summary>
public sealed record SetShareWinsCommand(bool On) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>A known command with an argument that does not parse; <see cref="Problem"/> says which.</summary>
public sealed record InvalidCommand(string Usage, CommandProblem Problem, string Argument) : Command;

/// <summary>Text that is no command at all: answered with a short hint, never an error.</summary>
public sealed record UnknownCommand(string Text) : Command;

public enum CommandProblem
{
    UnknownTimeZone,
    BadTime,
    BadWorkDays,
    MissingArgument,

    /// <summary>Not a date (or not a real one, like 2026-02-30).</summary>
    BadDate,

    /// <summary>A range whose end is before its start.</summary>
    DateRangeReversed,

    /// <summary>A range longer than <see cref="DateRangeParser.MaxDays"/> days.</summary>
    DateRangeTooLong,

    /// <summary>A setting key the command does not know (<c>set standard lunches 2</c>).</summary>
    UnknownSetting,

    /// <summary>Not a whole number within the setting's bounds.</summary>
    BadNumber,

    /// <summary>Neither on nor off.</summary>
    BadSwitch,

    /// <summary>Not the ISO 4217 code of a circulating currency (<c>set currency RMB</c>).</summary>
    UnknownCurrency,

    /// <summary>Not four whole non-negative weights with a positive sum (<c>set 271 weights 40 25 20</c>).</summary>
    BadWeights,
}
