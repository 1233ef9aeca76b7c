using IronArmy.Core.Leaderboards;
using static IronArmy.Core.Tests.Leaderboards.BoardFixture;

namespace IronArmy.Core.Tests.Leaderboards;

public class MostImprovedTests
{
    [Fact]
    public void The_largest_increase_wins_not_the_largest_ratio_and_not_the_top()
    {
        var reps = new[] { Rep(1), Rep(2), Rep(3) };
        var october = Totals(Signed(1, 1_000), Signed(2, 100), Signed(3, 10_000));
        var november = Totals(Signed(1, 4_000), Signed(2, 900), Signed(3, 11_000));

        var improved = Assert.Single(MostImproved.Of(reps, October, november, october, BoardMetric.SignedAmount));

        Assert.Equal(1, improved.MemberId);
        Assert.Equal(1_000, improved.Previous);
        Assert.Equal(4_000, improved.Current);
        Assert.Equal(3_000, improved.Increase);
    }

    [Fact]
    public void A_rep_who_joined_during_the_previous_or_this_period_is_not_compared()
    {
        var reps = new[]
        {
            Rep(1, joined: new DateOnly(2026, 10, 15)), // mid-October: half a baseline
            Rep(2, joined: new DateOnly(2026, 11, 2)),  // November: no baseline at all
            Rep(3, joined: October.Start),              // from the first day of October: compared
        };
        var october = Totals(Signed(1, 100), Signed(2, 0, days: 0), Signed(3, 500));
        var november = Totals(Signed(1, 9_000), Signed(2, 8_000), Signed(3, 700));

        var board = Build(reps, november, october);

        Assert.Equal([3L], board.MostImproved.Select(i => i.MemberId));
        Assert.Equal([1L, 2, 3], board.Ranked.Select(e => e.MemberId)); // they are still on the board
    }

    [Fact]
    public void A_rep_who_shared_nothing_in_one_of_the_periods_is_not_compared()
    {
        var reps = new[] { Rep(1), Rep(2) };
        var october = Totals(Signed(2, 400)); // rep 1 was away all October
        var november = Totals(Signed(1, 9_000), Signed(2, 600));

        Assert.Equal([2L], MostImproved.Of(reps, October, november, october, BoardMetric.SignedAmount).Select(i => i.MemberId));
    }

    [Fact]
    public void A_rep_who_shared_but_signed_nothing_before_can_improve_from_zero()
    {
        var october = Totals(Signed(1, 0, days: 20), Signed(2, 100));
        var november = Totals(Signed(1, 800), Signed(2, 200));

        Assert.Equal(1, Assert.Single(MostImproved.Of([Rep(1), Rep(2)], October, november, october, BoardMetric.SignedAmount)).MemberId);
    }

    [Fact]
    public void An_empty_previous_period_or_no_increase_gives_nobody()
    {
        var reps = new[] { Rep(1), Rep(2) };

        Assert.Empty(MostImproved.Of(reps, October, Totals(Signed(1, 900)), Totals(), BoardMetric.SignedAmount));
        Assert.Empty(MostImproved.Of(reps, October, Totals(Signed(1, 300), Signed(2, 100)), Totals(Signed(1, 300), Signed(2, 200)), BoardMetric.SignedAmount));
        Assert.Empty(MostImproved.Of(reps, October, Totals(), Totals(Signed(1, 300)), BoardMetric.SignedAmount));
    }

    [Fact]
    public void Reps_sharing_the_largest_increase_are_all_named_by_name()
    {
        var reps = new[] { Rep(1, "Zhou"), Rep(2, "An"), Rep(3, "Li") };
        var october = Totals(Signed(1, 100), Signed(2, 200), Signed(3, 100));
        var november = Totals(Signed(1, 600), Signed(2, 700), Signed(3, 200));

        Assert.Equal(["An", "Zhou"], MostImproved.Of(reps, October, november, october, BoardMetric.SignedAmount).Select(i => i.Name));
    }

    [Fact]
    public void The_metric_is_the_board_s_metric()
    {
        var october = Totals(new RepTotals(1, 0, 0, 40, 0, 0, 5), new RepTotals(2, 0, 0, 50, 0, 0, 5));
        var november = Totals(new RepTotals(1, 0, 0, 45, 0, 0, 5), new RepTotals(2, 0, 0, 80, 0, 0, 5));

        Assert.Equal(2, Assert.Single(MostImproved.Of([Rep(1), Rep(2)], October, november, october, BoardMetric.Visits)).MemberId);
    }

    [Fact]
    public void A_daily_board_compares_with_the_previous_work_day()
    {
        var monday = BoardPeriod.Day(new DateOnly(2026, 11, 23));
        var previous = monday.Previous(Calendar);
        var board = Leaderboard.Build(monday, previous, BoardMetric.SignedAmount, 10, [Rep(1), Rep(2)],
            Totals(Signed(1, 500, days: 1), Signed(2, 100, days: 1)), Totals(Signed(1, 100, days: 1), Signed(2, 50, days: 1)));

        Assert.Equal(new DateOnly(2026, 11, 21), previous.Start);
        Assert.Equal(1, Assert.Single(board.MostImproved).MemberId);
    }
}
