using IronArmy.Core.Tiers;

namespace IronArmy.Core.Tests.Tiers;

public class TierRankingTests
{
    private static readonly TierSettings Settings = TierSettings.Default;

    /// <summary>A rep with a full window whose every measure is <paramref name="level"/> times a plain day's (10,000 signed, 2 valid new, 8 visits, 1 move to A).</summary>
    private static RepWindow Rep(long id, double level, int dueDays = 20) =>
        new(id, $"Rep{id:D3}", dueDays, (long)(10_000 * level * dueDays), (int)(2 * level * dueDays), (int)(8 * level * dueDays), (int)(1 * level * dueDays));

    private static TierRanking Rank(params RepWindow[] reps) => TierRanking.Of(reps, Settings, standardVisits: 8);

    [Fact]
    public void The_average_rep_scores_100_and_each_measure_is_capped_at_twice_the_average()
    {
        // Two reps: one does nothing but sign a huge deal, one is steady.
        var huge = new RepWindow(1, "Huge", 20, 10_000_000, 0, 160, 0);
        var steady = new RepWindow(2, "Steady", 20, 0, 40, 160, 20);

        var ranking = Rank(huge, steady);

        var h = ranking.For(1)!;
        Assert.Equal(2.0, h.Ratios[TierMeasure.SignedAmount]);   // 2× the average, capped
        Assert.Equal(1.0, h.Ratios[TierMeasure.Visits]);          // 8 a day against a standard of 8
        Assert.Equal(0.0, h.Ratios[TierMeasure.ValidNewCustomers]);
        Assert.Equal(100.0 * (40 * 2 + 20 * 1) / 100, h.Score!.Value, 6);
        Assert.Equal(100.0 * (25 * 2 + 20 * 1 + 15 * 2) / 100, ranking.For(2)!.Score!.Value, 6);
        Assert.Equal(TierMeasure.ValidNewCustomers, h.PullsDown);
    }

    [Fact]
    public void Measures_are_per_due_day_so_leave_neither_lowers_nor_lifts_a_rep()
    {
        var full = Rep(1, 1.0, dueDays: 20);
        var halfOnLeave = Rep(2, 1.0, dueDays: 10);

        var ranking = Rank(full, halfOnLeave);

        Assert.Equal(ranking.For(1)!.Score, ranking.For(2)!.Score);
        Assert.Equal(1, ranking.For(2)!.Rank);
    }

    [Fact]
    public void Weights_change_who_leads()
    {
        var signer = new RepWindow(1, "Signer", 20, 400_000, 20, 160, 0);
        var hunter = new RepWindow(2, "Hunter", 20, 100_000, 60, 160, 0);

        Assert.Equal(1, TierRanking.Of([signer, hunter], Settings, 8).For(1)!.Rank);
        Assert.Equal(1, TierRanking.Of([signer, hunter], Settings with { Weights = new TierWeights(10, 80, 10, 0) }, 8).For(2)!.Rank);
    }

    [Theory]
    [InlineData(1, 0, 1, 0, 0)]
    [InlineData(3, 1, 1, 1, 0)]
    [InlineData(9, 2, 4, 3, 0)]
    [InlineData(10, 2, 4, 3, 1)]
    [InlineData(11, 2, 4, 4, 1)]
    [InlineData(20, 4, 7, 7, 2)]
    public void Small_teams_round_the_tiers_sensibly(int reps, int twos, int upperSevens, int lowerSevens, int ones)
    {
        var ranking = Rank([.. Enumerable.Range(1, reps).Select(i => Rep(i, 2.0 - i * 0.05))]);

        Assert.Equal(twos, ranking.Reps.Count(r => r.Tier == Tier.Two));
        Assert.Equal(upperSevens, ranking.Reps.Count(r => r.Tier == Tier.UpperSeven));
        Assert.Equal(lowerSevens, ranking.Reps.Count(r => r.Tier == Tier.LowerSeven));
        Assert.Equal(ones, ranking.Reps.Count(r => r.Tier == Tier.One));
        // Best first: tiers never get better down the list.
        Assert.Equal(ranking.Reps.Select(r => r.Tier).Order(), ranking.Reps.Select(r => r.Tier));
    }

    [Fact]
    public void A_tie_shares_the_better_tier_and_the_rank()
    {
        // Ten reps, the last two tied: the "1" place is shared, so nobody is a "1".
        var reps = Enumerable.Range(1, 8).Select(i => Rep(i, 2.0 - i * 0.1)).Append(Rep(9, 0.5)).Append(Rep(10, 0.5)).ToArray();

        var ranking = Rank(reps);

        Assert.Equal(9, ranking.For(9)!.Rank);
        Assert.Equal(9, ranking.For(10)!.Rank);
        Assert.Equal(Tier.LowerSeven, ranking.For(10)!.Tier);
        Assert.DoesNotContain(ranking.Reps, r => r.Tier == Tier.One);
    }

    [Fact]
    public void A_tie_at_the_top_makes_both_a_two()
    {
        var ranking = Rank(Rep(1, 1.5), Rep(2, 1.5), Rep(3, 1.5), Rep(4, 1.0), Rep(5, 0.8));

        Assert.Equal([Tier.Two, Tier.Two, Tier.Two], ranking.Reps.Take(3).Select(r => r.Tier));
    }

    [Fact]
    public void Reps_with_fewer_than_half_the_window_are_not_yet_ranked_and_never_a_one()
    {
        var reps = Enumerable.Range(1, 10).Select(i => Rep(i, 2.0 - i * 0.1)).ToList();
        reps.Add(Rep(11, 0.0, dueDays: 9));   // a new joiner with nothing yet
        reps.Add(Rep(12, 0.0, dueDays: 0));   // on leave the whole window

        var ranking = Rank([.. reps]);

        Assert.Equal(10, ranking.RankedCount);
        Assert.All([ranking.For(11)!, ranking.For(12)!], r =>
        {
            Assert.Equal(Tier.NotYetRanked, r.Tier);
            Assert.Null(r.Rank);
            Assert.Null(r.Score);
        });
        Assert.Equal(Tier.One, ranking.For(10)!.Tier);
        Assert.Equal(10, Settings.MinDueDays);
        Assert.Equal(Tier.UpperSeven, Rank(Rep(1, 1.0, dueDays: 10)).For(1)!.Tier);
    }

    [Fact]
    public void Nobody_pulls_down_a_rep_at_or_above_every_average()
    {
        var ranking = Rank(Rep(1, 1.0), Rep(2, 1.0));

        Assert.All(ranking.Reps, r => Assert.Null(r.PullsDown));
        Assert.All(ranking.Reps, r => Assert.Equal(100.0, r.Score!.Value, 6));
    }

    [Fact]
    public void The_trend_compares_with_the_ranking_a_week_earlier()
    {
        var before = Rank(Rep(1, 1.0), Rep(2, 1.2), Rep(3, 0.9), Rep(4, 0.5, dueDays: 3));
        var now = Rank(Rep(1, 1.5), Rep(2, 0.8), Rep(3, 0.9), Rep(4, 0.9), Rep(5, 1.0));

        var moves = TierMovement.Between(now, before).ToDictionary(m => m.Now.MemberId);

        Assert.Equal(TierTrend.Up, moves[1].Trend);
        Assert.Equal(TierTrend.Down, moves[2].Trend);
        Assert.Equal(TierTrend.Up, moves[3].Trend);     // lower 7 of three, upper 7 of five
        Assert.True(moves[1].Changed);
        Assert.All(TierMovement.Between(now, now), m => Assert.False(m.Changed));
        Assert.All(TierMovement.Between(now, now).Where(m => m.Now.IsRanked), m => Assert.Equal(TierTrend.Same, m.Trend));
        Assert.Equal(TierTrend.New, moves[4].Trend);   // not yet ranked a week ago
        Assert.True(moves[4].Changed);
        Assert.Equal(TierTrend.New, moves[5].Trend);   // not on the team a week ago
        Assert.False(moves[5].Changed);
    }

    [Theory]
    [InlineData(new[] { 40, 25, 20, 15 }, true)]
    [InlineData(new[] { 0, 0, 0, 1 }, true)]
    [InlineData(new[] { 0, 0, 0, 0 }, false)]
    [InlineData(new[] { 40, 25, 20 }, false)]
    [InlineData(new[] { 40, -1, 20, 15 }, false)]
    [InlineData(new[] { 1001, 0, 0, 0 }, false)]
    public void Weights_are_four_non_negative_numbers_with_a_positive_sum(int[] values, bool valid) =>
        Assert.Equal(valid, TierWeights.TryCreate(values, out _));
}
