using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class TeamCalendarTests
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static readonly TeamZone Shanghai = TeamZone.Of("Asia/Shanghai");

    /// <summary>China's 2026 National Day: 10-01..10-07 off (Thu–Wed), Sunday 10-11 worked instead; Mon–Fri team.</summary>
    private static TeamCalendar NationalDay() =>
        TeamCalendar.Weekly(WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday))
            .With(new DateRange(D(10, 1), D(10, 7)), DayOverride.Holiday)
            .With(DateRange.Day(D(10, 11)), DayOverride.MakeUpWorkDay);

    [Fact]
    public void The_next_work_day_skips_holidays_and_finds_the_make_up_day()
    {
        var calendar = NationalDay();
        Assert.Equal(D(10, 8), calendar.NextWorkDay(D(9, 30)));
        Assert.Equal(D(10, 11), calendar.NextWorkDay(D(10, 10)));
        Assert.Null(TeamCalendar.Weekly(new WorkWeek(0)).NextWorkDay(D(10, 10)));
    }

    [Fact]
    public void Holidays_are_off_even_on_work_days()
    {
        var calendar = NationalDay();
        Assert.True(calendar.IsWorkDay(D(9, 30)));
        Assert.All(new DateRange(D(10, 1), D(10, 7)).Dates, d => Assert.False(calendar.IsWorkDay(d)));
        Assert.True(calendar.IsWorkDay(D(10, 8)));
    }

    [Fact]
    public void A_make_up_day_is_worked_even_on_a_weekend()
    {
        var calendar = NationalDay();
        Assert.Equal(DayOfWeek.Sunday, D(10, 11).DayOfWeek);
        Assert.True(calendar.IsWorkDay(D(10, 11)));
        Assert.False(calendar.IsWorkDay(D(10, 10)));
        Assert.False(calendar.IsWorkDay(D(10, 18)));
    }

    [Fact]
    public void The_later_command_for_a_date_wins()
    {
        var calendar = NationalDay().With(DateRange.Day(D(10, 7)), DayOverride.MakeUpWorkDay);
        Assert.True(calendar.IsWorkDay(D(10, 7)));
        Assert.False(calendar.With(DateRange.Day(D(10, 11)), DayOverride.Holiday).IsWorkDay(D(10, 11)));
    }

    [Fact]
    public void Previous_work_day_skips_weekends_and_holidays()
    {
        var calendar = NationalDay();
        Assert.Equal(D(9, 30), calendar.PreviousWorkDay(D(10, 8)));
        Assert.Equal(D(10, 11), calendar.PreviousWorkDay(D(10, 12)));
        Assert.Equal(D(10, 9), calendar.PreviousWorkDay(D(10, 11)));
        Assert.Null(TeamCalendar.Weekly(new WorkWeek(0)).PreviousWorkDay(D(10, 8)));
    }

    [Fact]
    public void Due_on_uses_the_calendar_at_the_team_date()
    {
        var calendar = NationalDay();
        // 2026-10-10 23:40 UTC is 07:40 Sunday 10-11 in Shanghai: the make-up day.
        Assert.Equal(D(10, 11), WorkDay.DueOn(true, Shanghai, calendar, new DateTime(2026, 10, 10, 23, 40, 0, DateTimeKind.Utc)));
        // 2026-09-30 23:40 UTC is 07:40 Thursday 10-01: a holiday.
        Assert.Null(WorkDay.DueOn(true, Shanghai, calendar, new DateTime(2026, 9, 30, 23, 40, 0, DateTimeKind.Utc)));
        Assert.Null(WorkDay.DueOn(false, Shanghai, calendar, new DateTime(2026, 10, 10, 23, 40, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(DayOverride.MakeUpWorkDay, true)]
    [InlineData(DayOverride.Holiday, false)]
    [InlineData(null, true)]
    public void One_date_with_its_override_on_a_work_day(DayOverride? dayOverride, bool expected) =>
        Assert.Equal(expected, WorkDay.IsWorkDay(WorkWeek.MondayToSaturday, D(6, 10), dayOverride));

    [Fact]
    public void Date_ranges_include_both_ends_and_refuse_to_run_backwards()
    {
        var range = new DateRange(D(10, 1), D(10, 7));
        Assert.Equal(7, range.Days);
        Assert.True(range.Contains(D(10, 1)));
        Assert.True(range.Contains(D(10, 7)));
        Assert.False(range.Contains(D(10, 8)));
        Assert.Equal("2026-10-01..2026-10-07", range.ToString());
        Assert.Equal("2026-10-11", DateRange.Day(D(10, 11)).ToString());
        Assert.Throws<ArgumentException>(() => new DateRange(D(10, 7), D(10, 1)));
    }
}
