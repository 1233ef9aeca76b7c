using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class DueDaysTests
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static readonly TeamCalendar MondayToFriday =
        TeamCalendar.Weekly(WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday));

    [Fact]
    public void The_weekend_is_skipped()
    {
        // Tuesday 2026-11-24: Monday, then Friday.
        Assert.Equal([D(11, 23), D(11, 20)], DueDays.Before(MondayToFriday, [], D(11, 24), 2));
    }

    [Fact]
    public void Holidays_and_leave_are_skipped_and_a_make_up_day_counts()
    {
        // National Day 2026: 10-01..10-07 off, Sunday 10-11 worked; the rep was on leave 10-09.
        var calendar = MondayToFriday
            .With(new DateRange(D(10, 1), D(10, 7)), DayOverride.Holiday)
            .With(DateRange.Day(D(10, 11)), DayOverride.MakeUpWorkDay);

        var days = DueDays.Before(calendar, [DateRange.Day(D(10, 9))], D(10, 12), 3);

        Assert.Equal([D(10, 11), D(10, 8), D(9, 30)], days);
    }

    [Fact]
    public void The_look_back_bounds_the_search()
    {
        var longLeave = new DateRange(D(10, 1), D(11, 20));

        Assert.Empty(DueDays.Before(MondayToFriday, [longLeave], D(11, 23), 2));
        Assert.Equal([D(9, 30), D(9, 29)], DueDays.Before(MondayToFriday, [longLeave], D(11, 23), 2, lookBackDays: 60));
    }

    [Fact]
    public void The_date_itself_is_never_one_of_them()
    {
        Assert.DoesNotContain(D(11, 24), DueDays.Before(MondayToFriday, [], D(11, 24), 5));
        Assert.Empty(DueDays.Before(MondayToFriday, [], D(11, 24), 0));
    }
}
