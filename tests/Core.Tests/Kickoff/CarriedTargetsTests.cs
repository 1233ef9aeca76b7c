using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.Kickoff;

public class CarriedTargetsTests
{
    private static readonly Targets Last = new(new Target(50_000_000, 160, 60), new Target(12_000_000, 48, 18), new Target(2_000_000, 8, 3));

    [Fact]
    public void Month_and_week_carry_within_the_same_week_and_month()
    {
        // Tue 2026-06-09 → Wed 2026-06-10.
        var carried = CarriedTargets.From(Last, new DateOnly(2026, 6, 9), new DateOnly(2026, 6, 10));
        Assert.Equal(Last.Month, carried.Month);
        Assert.Equal(Last.Week, carried.Week);
    }

    [Fact]
    public void A_month_and_week_a_first_plan_left_unset_carry_nothing()
    {
        var dayOnly = new Targets(null, null, Last.Day);

        var carried = CarriedTargets.From(dayOnly, new DateOnly(2026, 6, 9), new DateOnly(2026, 6, 10));

        Assert.Equal(CarriedTargets.None, carried);
        Assert.True(CarriedTargets.FirstPlan.IsFirstPlan);
        Assert.False(CarriedTargets.None.IsFirstPlan);
    }

    [Fact]
    public void Week_stops_carrying_on_Monday()
    {
        // Sat 2026-06-13 → Sun 14th still the same ISO week; Mon 15th a new one.
        Assert.Equal(Last.Week, CarriedTargets.From(Last, new DateOnly(2026, 6, 13), new DateOnly(2026, 6, 14)).Week);
        var monday = CarriedTargets.From(Last, new DateOnly(2026, 6, 13), new DateOnly(2026, 6, 15));
        Assert.Null(monday.Week);
        Assert.Equal(Last.Month, monday.Month);
    }

    [Fact]
    public void Month_stops_carrying_on_the_first_even_mid_week()
    {
        // Tue 2026-06-30 → Wed 2026-07-01: same ISO week, new month.
        var carried = CarriedTargets.From(Last, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 1));
        Assert.Null(carried.Month);
        Assert.Equal(Last.Week, carried.Week);
    }

    [Fact]
    public void Same_month_number_a_year_later_does_not_carry()
    {
        var carried = CarriedTargets.From(Last, new DateOnly(2025, 6, 10), new DateOnly(2026, 6, 10));
        Assert.Equal(CarriedTargets.None, carried);
    }

    [Fact]
    public void Iso_week_spanning_new_year_carries_the_week_not_the_month()
    {
        // Wed 2025-12-31 and Thu 2026-01-01 are both in ISO week 2026-W01.
        var carried = CarriedTargets.From(Last, new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 1));
        Assert.Null(carried.Month);
        Assert.Equal(Last.Week, carried.Week);
    }

    [Fact]
    public void Nothing_to_carry_without_an_earlier_entry_or_from_the_future()
    {
        Assert.Equal(CarriedTargets.None, CarriedTargets.From(null, new DateOnly(2026, 6, 9), new DateOnly(2026, 6, 10)));
        Assert.Equal(CarriedTargets.None, CarriedTargets.From(Last, new DateOnly(2026, 6, 11), new DateOnly(2026, 6, 10)));
    }

    [Fact]
    public void The_day_target_never_carries()
    {
        var carried = CarriedTargets.From(Last, new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 10));
        Assert.Null(carried.For(TargetPeriod.Day));
        Assert.Equal(Last.Month, carried.For(TargetPeriod.Month));
    }
}
