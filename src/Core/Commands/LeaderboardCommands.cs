using IronArmy.Core.Leaderboards;
using IronArmy.Core.Money;

namespace IronArmy.Core.Commands;

// The 标杆 commands (domain.md "标杆"): boards, the battle month, shout-outs and their settings.

/// <summary><c>board</c> / <c>排行榜</c> [<c>week</c>|<c>month</c>]: the current board, privately, with the asker's own rank.</summary>
public sealed record ShowBoardCommand(BoardPeriodKind Period) : Command;

/// <summary><c>board now</c> / <c>发布排行榜</c> [<c>week</c>|<c>month</c>]: post the current board to the team channel.</summary>
public sealed record PostBoardCommand(BoardPeriodKind Period) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>
/// <c>battle month 2026-12 5000000</c> / <c>大战月 2026-12 500万</c>: mark a month as 大战月 with the
/// team's signed-amount goal. <see cref="Goal"/> is the amount as typed: the parser has checked it is an
/// amount, but only the team's currency says how many decimals it may carry (<see cref="TryGoalMinor"/>).
/// </summary>
/// <param name="Month">The month's first day.</param>
public sealed record SetBattleMonthCommand(DateOnly Month, string Goal) : Command
{
    public override bool RequiresManager => true;

    /// <summary>The goal in minor units of a currency with <paramref name="minorDigits"/> decimals; false when it does not fit exactly or is not positive.</summary>
    public bool TryGoalMinor(int minorDigits, out long minor) => MoneyText.TryParse(Goal, minorDigits, out minor) && minor > 0;
}

/// <summary><c>battle month 2026-12 off</c> / <c>取消大战月 2026-12</c>: the month is an ordinary month again.</summary>
public sealed record CancelBattleMonthCommand(DateOnly Month) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>
/// <c>shoutouts off</c> / <c>标杆时刻 关</c>: the speaker's own choice to be named in shout-outs or not.
/// Anyone may choose for themselves.
/// </summary>
public sealed record NameMeInShoutOutsCommand(bool Named) : Command;

/// <summary><c>set board metric visits</c> / <c>设置排行榜 指标 拜访</c>: what the team's boards rank by.</summary>
public sealed record SetBoardMetricCommand(BoardMetric Metric) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set board top 10</c> / <c>设置排行榜 前 10</c>: how many reps a board lists.</summary>
public sealed record SetBoardTopCommand(int Top) : Command
{
    public override bool RequiresManager => true;

    public const int Min = 3;
    public const int Max = 50;
}

/// <summary><c>set board after 30</c> / <c>设置排行榜 汇总后 30</c>: minutes after the digest the daily board is posted.</summary>
public sealed record SetBoardDelayCommand(int Minutes) : Command
{
    public override bool RequiresManager => true;

    public const int Min = 0;
    public const int Max = 180;
}

/// <summary><c>set shoutouts off</c> / <c>设置标杆时刻 关</c>: the team's shout-outs in the channel, on or off.</summary>
public sealed record SetShoutOutsCommand(bool On) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>
/// <c>set shoutouts million 1000000</c> / <c>设置标杆时刻 百万 100万</c>: the million-club threshold, in the
/// team's currency as typed (see <see cref="SetBattleMonthCommand.Goal"/>).
/// </summary>
public sealed record SetMillionClubCommand(string Threshold) : Command
{
    public override bool RequiresManager => true;

    public bool TryThresholdMinor(int minorDigits, out long minor) => MoneyText.TryParse(Threshold, minorDigits, out minor) && minor > 0;
}

/// <summary><c>set shoutouts streak 5</c> / <c>设置标杆时刻 连续 5</c>: work days running at the valid-new standard that earn a shout-out.</summary>
public sealed record SetStreakDaysCommand(int Days) : Command
{
    public override bool RequiresManager => true;

    public const int Min = 2;
    public const int Max = 30;
}

/// <summary><c>set shoutouts every 10</c> / <c>设置标杆时刻 间隔 10</c>: at most one shout-out post per this many minutes.</summary>
public sealed record SetShoutOutIntervalCommand(int Minutes) : Command
{
    public override bool RequiresManager => true;

    public const int Min = 1;
    public const int Max = 240;
}
