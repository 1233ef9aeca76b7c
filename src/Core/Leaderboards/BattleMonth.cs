using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// 大战月, the big battle month (domain.md "标杆"; traditionally December): a month a manager marks
/// as a sprint, with the team's signed-amount goal for it. <see cref="Month"/> is the month's first day.
/// </summary>
public sealed record BattleMonth(DateOnly Month, long GoalMinor)
{
    public BoardPeriod Period => BoardPeriod.MonthOf(Month);
}

/// <summary>
/// The battle month's countdown for the boards: work days left in the month and the amount the
/// team must sign per work day to reach the goal.
/// </summary>
/// <param name="DailyPaceMinor">
/// The remaining amount over the work days left, rounded up to a whole minor unit; 0 once the goal
/// is reached; null when the goal is not reached and no work day is left.
/// </param>
public sealed record BattleCountdown(long GoalMinor, long SoFarMinor, int WorkDaysLeft, long? DailyPaceMinor)
{
    public long RemainingMinor => Math.Max(0, GoalMinor - SoFarMinor);

    public bool Reached => SoFarMinor >= GoalMinor;

    /// <summary>
    /// The countdown on <paramref name="today"/>. Work days left run from today (or from the month's
    /// first day, if it has not begun) to its last day in the team's calendar; today is left out
    /// when <paramref name="todayDone"/> — the board is posted after the evening share, when today's
    /// signings are already in <paramref name="soFarMinor"/>. After the month, none are left.
    /// </summary>
    /// <param name="calendar">The team's calendar with its overrides through the month's end.</param>
    public static BattleCountdown Of(BattleMonth month, long soFarMinor, DateOnly today, bool todayDone, TeamCalendar calendar)
    {
        var period = month.Period;
        var from = today < period.Start ? period.Start : todayDone ? today.AddDays(1) : today;
        var left = BoardDays.WorkDaysBetween(from, period.End, calendar);
        var remaining = Math.Max(0, month.GoalMinor - soFarMinor);
        long? pace = remaining == 0 ? 0 : left == 0 ? null : (remaining + left - 1) / left;
        return new BattleCountdown(month.GoalMinor, soFarMinor, left, pace);
    }
}
