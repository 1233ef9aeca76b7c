using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class WorkDayTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void Same_instant_is_a_different_work_date_in_Shanghai_and_Los_Angeles()
    {
        // 2026-06-10 23:40 UTC: Thursday 07:40 in Shanghai (UTC+8), Wednesday 16:40 in Los Angeles (PDT, UTC-7).
        var instant = Utc(2026, 6, 10, 23, 40);

        Assert.Equal(new DateOnly(2026, 6, 11), WorkDay.Of(instant, "Asia/Shanghai"));
        Assert.Equal(new DateOnly(2026, 6, 10), WorkDay.Of(instant, "America/Los_Angeles"));
    }

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
    public void Work_date_follows_the_new_offset_right_after_spring_forward()
    {
        // New York moved to EDT (UTC-4) at 2026-03-08 02:00 local. 04:30 UTC on the 9th is
        // 00:30 Monday under EDT; under the old EST offset it would still have been Sunday 23:30.
        var schedule = TeamSchedule.Default with { TimeZoneId = "America/New_York" };
        var instant = Utc(2026, 3, 9, 4, 30);

        Assert.Equal(new DateOnly(2026, 3, 9), WorkDay.Of(instant, "America/New_York"));
        Assert.Equal(new DateOnly(2026, 3, 9), WorkDay.DueOn(true, schedule, instant));
    }

    [Fact]
    public void Work_date_follows_the_old_offset_right_before_fall_back()
    {
        // New York returns to EST at 2026-11-01 02:00 EDT. 03:30 UTC on the 1st is Saturday 23:30 EDT.
        Assert.Equal(new DateOnly(2026, 10, 31), WorkDay.Of(Utc(2026, 11, 1, 3, 30), "America/New_York"));
        // 04:30 UTC is 00:30 EDT Sunday, before the clocks go back.
        Assert.Equal(new DateOnly(2026, 11, 1), WorkDay.Of(Utc(2026, 11, 1, 4, 30), "America/New_York"));
    }

    [Fact]
    public void An_unknown_zone_is_refused()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => WorkDay.Of(Utc(2026, 6, 10, 0, 0), "Mars/Olympus_Mons"));
    }
}
