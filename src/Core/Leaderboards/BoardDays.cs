using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// On which team dates the weekly and monthly boards are posted: the last work day of the week or
/// month in the team's calendar — a holiday on the Saturday moves the weekly board to Friday, a
/// make-up Sunday moves it to Sunday. The calendar must hold the overrides up to the period's end.
/// </summary>
public static class BoardDays
{
    public static bool PostsWeekly(DateOnly date, TeamCalendar calendar) =>
        BoardPeriod.WeekOf(date, calendar.WorkDays).LastWorkDay(calendar) == date;

    public static bool PostsMonthly(DateOnly date, TeamCalendar calendar) =>
        BoardPeriod.MonthOf(date).LastWorkDay(calendar) == date;

    /// <summary>Work days from <paramref name="from"/> to <paramref name="to"/>, both included; 0 when <paramref name="to"/> is earlier.</summary>
    public static int WorkDaysBetween(DateOnly from, DateOnly to, TeamCalendar calendar) =>
        to < from ? 0 : new DateRange(from, to).Dates.Count(calendar.IsWorkDay);
}
