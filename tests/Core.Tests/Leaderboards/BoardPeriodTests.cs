using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Leaderboards;

public class BoardPeriodTests
{
    private static readonly WorkWeek MonToFri = WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday);
    private static readonly WorkWeek SunToThu = WorkWeek.Of(DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday);

    [Fact]
    public void A_day_is_itself_a_month_is_the_calendar_month()
    {
        var date = new DateOnly(2026, 2, 17);

        Assert.Equal(new BoardPeriod(BoardPeriodKind.Day, date, date), BoardPeriod.Day(date));
        Assert.Equal(new BoardPeriod(BoardPeriodKind.Month, new(2026, 2, 1), new(2026, 2, 28)), BoardPeriod.MonthOf(date));
        Assert.Equal(new DateOnly(2028, 2, 29), BoardPeriod.MonthOf(new DateOnly(2028, 2, 3)).End);
        Assert.Equal(BoardPeriod.MonthOf(date), BoardPeriod.Containing(BoardPeriodKind.Month, date, WorkWeek.MondayToSaturday));
    }

    [Fact]
    public void A_week_runs_across_a_month_end()
    {
        // Thursday 2026-12-31: the Monday–Saturday team's week is Monday 28 December to Sunday 3 January.
        var week = BoardPeriod.WeekOf(new DateOnly(2026, 12, 31), WorkWeek.MondayToSaturday);

        Assert.Equal(new DateOnly(2026, 12, 28), week.Start);
        Assert.Equal(new DateOnly(2027, 1, 3), week.End);
        Assert.True(week.Contains(new DateOnly(2027, 1, 2)));
        Assert.Equal(week, BoardPeriod.WeekOf(new DateOnly(2027, 1, 3), WorkWeek.MondayToSaturday));
    }

    [Theory]
    [InlineData("MonSat", DayOfWeek.Monday)]
    [InlineData("MonFri", DayOfWeek.Monday)]
    [InlineData("SunThu", DayOfWeek.Sunday)]
    [InlineData("TueSat", DayOfWeek.Tuesday)]
    [InlineData("MonWedFri", DayOfWeek.Monday)]
    [InlineData("Every", DayOfWeek.Monday)]
    [InlineData("None", DayOfWeek.Monday)]
    public void The_week_starts_after_the_longest_run_of_days_off(string workWeek, DayOfWeek first)
    {
        var week = workWeek switch
        {
            "MonSat" => WorkWeek.MondayToSaturday,
            "MonFri" => MonToFri,
            "SunThu" => SunToThu,
            "TueSat" => WorkWeek.Of(DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday),
            "MonWedFri" => WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday),
            "Every" => WorkWeek.Of(Enum.GetValues<DayOfWeek>()),
            _ => new WorkWeek(0),
        };

        Assert.Equal(first, BoardPeriod.FirstDayOfWeek(week));
    }

    [Fact]
    public void A_sunday_to_thursday_team_s_week_starts_on_sunday()
    {
        var week = BoardPeriod.WeekOf(new DateOnly(2026, 11, 26), SunToThu); // a Thursday

        Assert.Equal(new DateOnly(2026, 11, 22), week.Start);
        Assert.Equal(DayOfWeek.Sunday, week.Start.DayOfWeek);
        Assert.Equal(new DateOnly(2026, 11, 28), week.End);
    }

    [Fact]
    public void The_previous_day_is_the_previous_work_day_of_the_calendar()
    {
        var calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday)
            .With(new DateRange(new(2026, 10, 1), new(2026, 10, 7)), DayOverride.Holiday);

        Assert.Equal(BoardPeriod.Day(new DateOnly(2026, 11, 21)), BoardPeriod.Day(new DateOnly(2026, 11, 23)).Previous(calendar)); // Monday → Saturday
        Assert.Equal(BoardPeriod.Day(new DateOnly(2026, 9, 30)), BoardPeriod.Day(new DateOnly(2026, 10, 8)).Previous(calendar)); // after National Day
    }

    [Fact]
    public void The_previous_week_and_month_are_the_ones_before()
    {
        var calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday);
        var week = BoardPeriod.WeekOf(new DateOnly(2027, 1, 1), WorkWeek.MondayToSaturday);

        Assert.Equal(new BoardPeriod(BoardPeriodKind.Week, new(2026, 12, 21), new(2026, 12, 27)), week.Previous(calendar));
        Assert.Equal(BoardPeriod.MonthOf(new DateOnly(2026, 12, 1)), BoardPeriod.MonthOf(new DateOnly(2027, 1, 15)).Previous(calendar));
        Assert.Equal(new DateOnly(2026, 2, 28), BoardPeriod.MonthOf(new DateOnly(2026, 3, 31)).Previous(calendar).End);
    }

    [Fact]
    public void Weekly_and_monthly_boards_post_on_the_last_work_day()
    {
        var calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday);

        Assert.True(BoardDays.PostsWeekly(new DateOnly(2026, 11, 28), calendar)); // Saturday
        Assert.False(BoardDays.PostsWeekly(new DateOnly(2026, 11, 27), calendar));
        Assert.False(BoardDays.PostsWeekly(new DateOnly(2026, 11, 29), calendar)); // Sunday: not a work day
        Assert.True(BoardDays.PostsMonthly(new DateOnly(2026, 11, 30), calendar)); // Monday the 30th
        Assert.False(BoardDays.PostsMonthly(new DateOnly(2026, 11, 28), calendar));
        Assert.True(BoardDays.PostsMonthly(new DateOnly(2026, 1, 31), calendar)); // a Saturday
        Assert.True(BoardDays.PostsMonthly(new DateOnly(2026, 5, 30), calendar)); // May 31 is a Sunday
    }

    [Fact]
    public void A_holiday_moves_the_board_earlier_and_a_make_up_day_later()
    {
        var calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday)
            .With(DateRange.Day(new(2026, 11, 28)), DayOverride.Holiday)        // Saturday off
            .With(DateRange.Day(new(2026, 11, 22)), DayOverride.MakeUpWorkDay)  // Sunday worked
            .With(new DateRange(new(2026, 12, 30), new(2026, 12, 31)), DayOverride.Holiday);

        Assert.True(BoardDays.PostsWeekly(new DateOnly(2026, 11, 27), calendar));
        Assert.False(BoardDays.PostsWeekly(new DateOnly(2026, 11, 28), calendar));
        Assert.True(BoardDays.PostsWeekly(new DateOnly(2026, 11, 22), calendar));
        Assert.False(BoardDays.PostsWeekly(new DateOnly(2026, 11, 21), calendar));
        Assert.True(BoardDays.PostsMonthly(new DateOnly(2026, 12, 29), calendar));
        Assert.False(BoardDays.PostsMonthly(new DateOnly(2026, 12, 31), calendar));
    }

    [Fact]
    public void A_week_nobody_works_has_no_last_work_day()
    {
        var calendar = TeamCalendar.Weekly(MonToFri).With(new DateRange(new(2026, 10, 1), new(2026, 10, 9)), DayOverride.Holiday);

        // 28 Sep – 4 Oct: Monday to Wednesday worked; 5 – 11 Oct: all off.
        Assert.Equal(new DateOnly(2026, 9, 30), BoardPeriod.WeekOf(new DateOnly(2026, 10, 1), MonToFri).LastWorkDay(calendar));
        Assert.Null(BoardPeriod.WeekOf(new DateOnly(2026, 10, 6), MonToFri).LastWorkDay(calendar));
        Assert.False(BoardDays.PostsWeekly(new DateOnly(2026, 10, 9), calendar));
    }

    [Fact]
    public void Work_days_between_count_both_ends_and_the_calendar()
    {
        var calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday).With(DateRange.Day(new(2026, 12, 25)), DayOverride.Holiday);

        Assert.Equal(6, BoardDays.WorkDaysBetween(new(2026, 11, 23), new(2026, 11, 29), TeamCalendar.Weekly(WorkWeek.MondayToSaturday)));
        Assert.Equal(27 - 1, BoardPeriod.MonthOf(new DateOnly(2026, 12, 1)).WorkDays(calendar).Count()); // December 2026: 27 Mon–Sat, 25th off
        Assert.Equal(1, BoardDays.WorkDaysBetween(new(2026, 12, 31), new(2026, 12, 31), calendar));
        Assert.Equal(0, BoardDays.WorkDaysBetween(new(2026, 12, 31), new(2026, 12, 30), calendar));
    }
}
