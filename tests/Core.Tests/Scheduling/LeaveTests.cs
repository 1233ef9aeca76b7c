using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class LeaveTests
{
    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static DateRange R(int m1, int d1, int m2, int d2) => new(D(m1, d1), D(m2, d2));

    [Fact]
    public void On_leave_on_every_day_of_a_range_only()
    {
        DateRange[] leave = [R(12, 1, 12, 3), DateRange.Day(D(12, 10))];
        Assert.False(Leave.IsOnLeave(leave, D(11, 30)));
        Assert.True(Leave.IsOnLeave(leave, D(12, 1)));
        Assert.True(Leave.IsOnLeave(leave, D(12, 3)));
        Assert.False(Leave.IsOnLeave(leave, D(12, 4)));
        Assert.True(Leave.IsOnLeave(leave, D(12, 10)));
        Assert.False(Leave.IsOnLeave([], D(12, 1)));
    }

    [Fact]
    public void Taking_leave_merges_overlapping_and_adjacent_ranges()
    {
        var leave = Leave.Take([R(12, 1, 12, 3)], R(12, 4, 12, 5), today: D(11, 20));
        Assert.Equal([R(12, 1, 12, 5)], leave);

        leave = Leave.Take(leave, R(12, 2, 12, 8), today: D(11, 20));
        Assert.Equal([R(12, 1, 12, 8)], leave);

        leave = Leave.Take(leave, DateRange.Day(D(12, 20)), today: D(11, 20));
        Assert.Equal([R(12, 1, 12, 8), DateRange.Day(D(12, 20))], leave);
    }

    [Fact]
    public void Leave_wholly_in_the_past_changes_nothing()
    {
        Assert.Equal([R(12, 1, 12, 3)], Leave.Take([R(12, 1, 12, 3)], R(11, 1, 11, 2), today: D(11, 20)));
    }

    [Fact]
    public void Back_cancels_from_today_on_and_keeps_past_days()
    {
        DateRange[] leave = [R(11, 10, 11, 12), R(11, 18, 11, 25), R(12, 1, 12, 3)];

        var after = Leave.Back(leave, today: D(11, 20));

        Assert.Equal([R(11, 10, 11, 12), R(11, 18, 11, 19)], after);
        Assert.False(Leave.IsOnLeave(after, D(11, 20)));
        Assert.True(Leave.IsOnLeave(after, D(11, 19)));
    }

    [Fact]
    public void Back_on_the_first_day_of_leave_cancels_it_all()
    {
        Assert.Empty(Leave.Back([R(11, 20, 11, 25)], today: D(11, 20)));
    }
}
