using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class WorkDayTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Sunday_is_not_a_work_day_by_default()
    {
        // 2026-06-14 is a Sunday; 07:40 in Shanghai is 23:40 UTC the day before.
        var sundayKickoff = Utc(2026, 6, 13, 23, 40);
        var saturdayKickoff = Utc(2026, 6, 12, 23, 40);

        Assert.Null(WorkDay.DueOn(true, TeamSchedule.Default, sundayKickoff));
        Assert.Equal(new DateOnly(2026, 6, 13), WorkDay.DueOn(true, TeamSchedule.Default, saturdayKickoff));
    }

    [Fact]
    public void A_team_that_works_Sundays_is_due_on_Sunday()
    {
        var everyDay = TeamSchedule.Default with { WorkDays = WorkWeek.Of(Enum.GetValues<DayOfWeek>()) };

        Assert.Equal(new DateOnly(2026, 6, 14), WorkDay.DueOn(true, everyDay, Utc(2026, 6, 13, 23, 40)));
    }

    [Fact]
    public void An_inactive_team_is_never_due()
    {
        Assert.Null(WorkDay.DueOn(false, TeamSchedule.Default, Utc(2026, 6, 10, 23, 40)));
    }

    [Fact]
    public void Due_on_uses_the_date_in_the_team_zone_right_after_spring_forward()
    {
        // 04:30 UTC on 2026-03-09 is 00:30 Monday in New York under EDT (Sunday 23:30 under the old EST).
        var schedule = TeamSchedule.Default with { Zone = TeamZone.Of("America/New_York") };

        Assert.Equal(new DateOnly(2026, 3, 9), WorkDay.DueOn(true, schedule, Utc(2026, 3, 9, 4, 30)));
    }
}
