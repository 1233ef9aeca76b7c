using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Leaderboards;

public class MonthProgressTests
{
    [Fact]
    public void Progress_is_signed_over_the_sum_of_the_reps_month_targets()
    {
        var progress = MonthProgress.Of([300_000_00, 200_000_00, 0], 125_000_00);

        Assert.Equal(500_000_00, progress.TargetMinor);
        Assert.Equal(0.25m, progress.Fraction);
        Assert.Equal(1.5m, MonthProgress.Of([100], 150).Fraction);
    }

    [Fact]
    public void No_target_stated_gives_no_fraction() =>
        Assert.Null(MonthProgress.Of([], 5_000).Fraction);
}

public class BattleCountdownTests
{
    private static readonly TeamCalendar Calendar = TeamCalendar.Weekly(WorkWeek.MondayToSaturday);
    private static readonly BattleMonth December = new(new DateOnly(2026, 12, 1), 2_700_000_00);

    [Fact]
    public void The_pace_is_what_is_left_over_the_work_days_left_today_included_until_it_is_done()
    {
        // Monday 2026-12-21: the 21st to the 31st has 10 Monday–Saturday work days.
        var morning = BattleCountdown.Of(December, 1_700_000_00, new DateOnly(2026, 12, 21), todayDone: false, Calendar);
        var evening = BattleCountdown.Of(December, 1_700_000_00, new DateOnly(2026, 12, 21), todayDone: true, Calendar);

        Assert.Equal(10, morning.WorkDaysLeft);
        Assert.Equal(100_000_00, morning.DailyPaceMinor);
        Assert.Equal(1_000_000_00, morning.RemainingMinor);
        Assert.Equal(9, evening.WorkDaysLeft);
        Assert.Equal(111_111_12, evening.DailyPaceMinor); // rounded up: 9 × 111,111.12 covers 1,000,000
        Assert.False(evening.Reached);
    }

    [Fact]
    public void Holidays_shorten_the_countdown_and_make_up_days_lengthen_it()
    {
        var calendar = Calendar
            .With(new DateRange(new(2026, 12, 24), new(2026, 12, 26)), DayOverride.Holiday)
            .With(DateRange.Day(new(2026, 12, 27)), DayOverride.MakeUpWorkDay);

        Assert.Equal(10 - 3 + 1, BattleCountdown.Of(December, 0, new DateOnly(2026, 12, 21), false, calendar).WorkDaysLeft);
    }

    [Fact]
    public void A_reached_goal_needs_no_pace_and_a_missed_one_with_no_days_left_has_none()
    {
        var reached = BattleCountdown.Of(December, 2_800_000_00, new DateOnly(2026, 12, 10), false, Calendar);
        var lastEvening = BattleCountdown.Of(December, 2_000_000_00, new DateOnly(2026, 12, 31), true, Calendar);
        var after = BattleCountdown.Of(December, 2_000_000_00, new DateOnly(2027, 1, 4), false, Calendar);

        Assert.True(reached.Reached);
        Assert.Equal(0, reached.DailyPaceMinor);
        Assert.Equal(0, reached.RemainingMinor);
        Assert.Equal(0, lastEvening.WorkDaysLeft);
        Assert.Null(lastEvening.DailyPaceMinor);
        Assert.Equal(0, after.WorkDaysLeft);
    }

    [Fact]
    public void Before_the_month_begins_every_work_day_of_it_is_left() =>
        Assert.Equal(27, BattleCountdown.Of(December, 0, new DateOnly(2026, 11, 30), true, Calendar).WorkDaysLeft);
}
