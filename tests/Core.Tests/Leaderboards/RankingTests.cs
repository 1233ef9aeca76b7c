using IronArmy.Core.Leaderboards;

namespace IronArmy.Core.Tests.Leaderboards;

public class RankingTests
{
    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = Ranking.Rank([(1, "Wang", 500), (2, "Li", 900), (3, "Zhao", 900), (4, "Chen", 300), (5, "Sun", 300), (6, "Zhou", 100)]);

        Assert.Equal([1, 1, 3, 4, 4, 6], ranked.Select(e => e.Rank));
        Assert.Equal([2L, 3, 1, 4, 5, 6], ranked.Select(e => e.MemberId));
    }

    [Fact]
    public void Within_a_tie_the_order_is_by_name_then_id_whatever_the_input_order()
    {
        (long, string, long)[] reps = [(9, "Li", 100), (3, "Li", 100), (1, "Wang", 100), (2, "An", 100)];

        var ranked = Ranking.Rank(reps);

        Assert.Equal([2L, 3, 9, 1], ranked.Select(e => e.MemberId));
        Assert.All(ranked, e => Assert.Equal(1, e.Rank));
        Assert.Equal(ranked, Ranking.Rank(reps.Reverse()));
    }

    [Fact]
    public void Ranks_one_to_three_get_medals_and_a_tie_at_one_is_two_golds_then_bronze()
    {
        var ranked = Ranking.Rank([(1, "A", 9), (2, "B", 9), (3, "C", 5), (4, "D", 4)]);

        Assert.Equal([Medal.Gold, Medal.Gold, Medal.Bronze, (Medal?)null], ranked.Select(e => e.Medal));
        Assert.Equal([Medal.Gold, Medal.Silver, Medal.Bronze, (Medal?)null], Ranking.Rank([(1, "A", 4), (2, "B", 3), (3, "C", 2), (4, "D", 1)]).Select(e => e.Medal));
    }

    [Fact]
    public void Reps_with_nothing_are_not_ranked_at_all() =>
        Assert.Equal([1L], Ranking.Rank([(1, "A", 5), (2, "B", 0), (3, "C", 0)]).Select(e => e.MemberId));

    [Fact]
    public void Nobody_with_anything_is_an_empty_ranking() =>
        Assert.Empty(Ranking.Rank([(1, "A", 0)]));
}
