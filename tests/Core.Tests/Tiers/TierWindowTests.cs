using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Core.Tiers;

namespace IronArmy.Core.Tests.Tiers;

public class TierWindowTests
{
    private static readonly TeamCalendar MonToFri = TeamCalendar.Weekly(WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday));

    [Fact]
    public void The_window_is_the_teams_last_work_days_skipping_weekends_and_holidays()
    {
        var friday = new DateOnly(2026, 12, 4);
        var calendar = MonToFri.With(new DateRange(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2)), DayOverride.Holiday);

        var days = TierWindow.WorkDays(calendar, friday, 5);

        Assert.Equal([new DateOnly(2026, 12, 4), new(2026, 12, 3), new(2026, 12, 1), new(2026, 11, 30), new(2026, 11, 27)], days);
    }

    [Fact]
    public void Due_days_leave_out_leave_and_the_days_before_joining()
    {
        var days = TierWindow.WorkDays(MonToFri, new DateOnly(2026, 12, 4), 10);
        var leave = new[] { new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)) };

        Assert.Equal(8, TierWindow.DueDays(days, leave, DateOnly.MinValue));
        Assert.Equal(5, TierWindow.DueDays(days, [], new DateOnly(2026, 11, 30)));
    }
}
