using IronArmy.Core.Leaderboards;
using static IronArmy.Core.Tests.Leaderboards.BoardFixture;

namespace IronArmy.Core.Tests.Leaderboards;

public class LeaderboardTests
{
    [Fact]
    public void The_board_ranks_the_headline_metric_and_totals_the_team()
    {
        var reps = new[] { Rep(1), Rep(2), Rep(3) };
        var current = Totals(new RepTotals(1, 5_000, 1, 30, 9, 1, 20), new RepTotals(2, 9_000, 2, 20, 3, 0, 20), new RepTotals(3, 0, 0, 40, 12, 2, 20));

        var bySigned = Build(reps, current);
        var byVisits = Build(reps, current, metric: BoardMetric.Visits);
        var byValidNew = Build(reps, current, metric: BoardMetric.ValidNewCustomers);
        var byConversions = Build(reps, current, metric: BoardMetric.AConversions);

        Assert.Equal([2L, 1], bySigned.Top.Select(e => e.MemberId));
        Assert.Equal(14_000, bySigned.TeamTotal);
        Assert.Equal([3L, 1, 2], byVisits.Top.Select(e => e.MemberId));
        Assert.Equal([3L, 1, 2], byValidNew.Top.Select(e => e.MemberId));
        Assert.Equal([3L, 1], byConversions.Top.Select(e => e.MemberId));
        Assert.Equal(90, byVisits.TeamTotal);
    }

    [Fact]
    public void The_top_is_ranks_up_to_n_with_a_tie_at_the_last_rank_shown_whole()
    {
        var reps = Enumerable.Range(1, 6).Select(i => Rep(i)).ToList();
        var current = Totals(Signed(1, 600), Signed(2, 500), Signed(3, 400), Signed(4, 400), Signed(5, 400), Signed(6, 100));

        var board = Build(reps, current, top: 3);

        Assert.Equal([1, 2, 3, 3, 3], board.Top.Select(e => e.Rank));
        Assert.Equal(6, board.Ranked.Count);
        Assert.Equal([1L, 2], Build(reps, current, top: 2).Top.Select(e => e.MemberId));
    }

    [Fact]
    public void Totals_of_members_not_on_the_roster_are_ignored()
    {
        var board = Build([Rep(1)], Totals(Signed(1, 100), Signed(99, 1_000_000)));

        Assert.Equal([1L], board.Ranked.Select(e => e.MemberId));
        Assert.Equal(100, board.TeamTotal);
    }

    [Fact]
    public void The_asker_outside_the_top_sees_their_rank_value_and_the_gap_to_the_next()
    {
        var reps = Enumerable.Range(1, 5).Select(i => Rep(i)).ToList();
        var board = Build(reps, Totals(Signed(1, 900), Signed(2, 700), Signed(3, 700), Signed(4, 200), Signed(5, 100)), top: 2);

        var standing = board.StandingOf(4)!;

        Assert.Equal(4, standing.Rank);
        Assert.Equal(200, standing.Value);
        Assert.False(standing.InTop);
        Assert.Equal(5, standing.RankedCount);
        Assert.Equal(3, standing.Ahead!.MemberId); // the last of the two tied at 2
        Assert.Equal(500, standing.Gap);
    }

    [Fact]
    public void A_rep_tied_with_the_one_above_looks_past_the_tie_and_the_first_has_nobody_ahead()
    {
        var board = Build([Rep(1), Rep(2), Rep(3)], Totals(Signed(1, 900), Signed(2, 700), Signed(3, 700)));

        Assert.Equal(1, board.StandingOf(3)!.Ahead!.MemberId);
        Assert.True(board.StandingOf(3)!.InTop);
        Assert.Null(board.StandingOf(1)!.Ahead);
        Assert.Null(board.StandingOf(1)!.Gap);
    }

    [Fact]
    public void A_rep_with_nothing_is_not_ranked_but_told_what_gets_them_on_the_board()
    {
        var board = Build([Rep(1), Rep(2), Rep(3)], Totals(Signed(1, 900), Signed(2, 300)));

        var standing = board.StandingOf(3)!;

        Assert.Null(standing.Rank);
        Assert.Equal(0, standing.Value);
        Assert.False(standing.InTop);
        Assert.Equal(2, standing.Ahead!.MemberId);
        Assert.Equal(300, standing.Gap);
        Assert.DoesNotContain(board.Top, e => e.MemberId == 3);
    }

    [Fact]
    public void Someone_not_on_the_board_such_as_a_manager_has_no_standing() =>
        Assert.Null(Build([Rep(1)], Totals(Signed(1, 5))).StandingOf(42));

    [Fact]
    public void An_empty_period_gives_an_empty_board_and_nobody_most_improved()
    {
        var board = Build([Rep(1), Rep(2)], Totals(), Totals(Signed(1, 500)));

        Assert.Empty(board.Top);
        Assert.Empty(board.MostImproved);
        Assert.Equal(0, board.TeamTotal);
        var standing = board.StandingOf(1)!;
        Assert.Null(standing.Rank);
        Assert.Null(standing.Ahead);
        Assert.Null(standing.Gap);
    }

    [Fact]
    public void A_top_size_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Build([Rep(1)], Totals(), top: 0));
}
