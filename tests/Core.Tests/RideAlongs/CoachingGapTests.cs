using IronArmy.Core.RideAlongs;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Core.Tiers;

namespace IronArmy.Core.Tests.RideAlongs;

public class CoachingGapTests
{
    // Monday–Friday; Friday 2026-06-19 is a holiday.
    private static readonly TeamCalendar Calendar = new(WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday), new Dictionary<DateOnly, DayOverride> { [new(2026, 6, 19)] = DayOverride.Holiday });
    private static readonly DateOnly Tuesday = new(2026, 6, 23);

    [Fact]
    public void Ten_work_days_back_skip_weekends_and_holidays()
    {
        // Tue 23, Mon 22, Thu 18, Wed 17, Tue 16, Mon 15, Fri 12, Thu 11, Wed 10, Tue 9.
        Assert.Equal(new DateOnly(2026, 6, 9), CoachingGap.WindowStart(10, Tuesday, Calendar));
        Assert.False(CoachingGap.NoRideAlongIn(10, new DateOnly(2026, 6, 9), Tuesday, Calendar));
        Assert.True(CoachingGap.NoRideAlongIn(10, new DateOnly(2026, 6, 8), Tuesday, Calendar));
    }

    [Fact]
    public void Never_ridden_along_with_is_a_gap()
    {
        Assert.True(CoachingGap.NoRideAlongIn(10, null, Tuesday, Calendar));
    }

    [Fact]
    public void A_ride_along_today_or_on_a_day_off_inside_the_window_counts()
    {
        Assert.False(CoachingGap.NoRideAlongIn(10, Tuesday, Tuesday, Calendar));
        Assert.False(CoachingGap.NoRideAlongIn(10, new DateOnly(2026, 6, 20), Tuesday, Calendar)); // a Saturday
    }

    [Fact]
    public void On_a_day_off_the_window_is_the_work_days_before_it()
    {
        var saturday = new DateOnly(2026, 6, 27);
        // Fri 26 … back ten work days (Fri 19 a holiday): Fri 26, Thu 25, Wed 24, Tue 23, Mon 22, Thu 18, Wed 17, Tue 16, Mon 15, Fri 12.
        Assert.Equal(new DateOnly(2026, 6, 12), CoachingGap.WindowStart(10, saturday, Calendar));
    }

    [Fact]
    public void A_date_after_today_does_not_count_and_the_window_needs_a_day()
    {
        Assert.True(CoachingGap.NoRideAlongIn(10, Tuesday.AddDays(1), Tuesday, Calendar));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoachingGap.NoRideAlongIn(0, Tuesday, Tuesday, Calendar));
    }

    [Fact]
    public void The_digest_names_tier_1_and_lower_7_reps_without_a_ride_along_in_ten_work_days_worst_first()
    {
        RepTier Rep(long id, string name, Tier tier) => new(new RepWindow(id, name, 20, 0, 0, 0, 0), tier, tier == Tier.NotYetRanked ? null : 1, null, new Dictionary<TierMeasure, double>(), null);
        var reps = new[]
        {
            Rep(1, "Ann", Tier.Two), Rep(2, "Bo", Tier.UpperSeven), Rep(3, "Cai", Tier.LowerSeven),
            Rep(4, "Dan", Tier.LowerSeven), Rep(5, "Eve", Tier.One), Rep(6, "Fei", Tier.NotYetRanked), Rep(7, "Gus", Tier.LowerSeven),
        };
        var last = new Dictionary<long, DateOnly>
        {
            [1] = new(2026, 1, 5), [2] = new(2026, 1, 5), // far back, but not tiers that need help first
            [3] = new(2026, 6, 9),                        // the window's first day: ridden with
            [4] = new(2026, 6, 8),                        // the day before it: due
        };

        var due = CoachingGap.RepsToRideWith(reps, last, Tuesday, Calendar);

        Assert.Equal(["Eve", "Dan", "Gus"], due.Select(d => d.Name));
        Assert.Equal([null, new DateOnly(2026, 6, 8), null], due.Select(d => d.LastRideAlong));
        Assert.Equal([Tier.One, Tier.LowerSeven, Tier.LowerSeven], due.Select(d => d.Tier));
    }
}
