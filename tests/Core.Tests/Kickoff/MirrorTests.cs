using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.Kickoff;

public class MirrorTests
{
    [Fact]
    public void Odd_count_median_is_the_middle_value()
    {
        var mirror = TeamMirror.Of([8, 3, 12, 6, 9]);
        Assert.Equal(new TeamMirror(5, 8m, 12), mirror);
    }

    [Fact]
    public void Even_count_median_is_the_exact_mean_of_the_two_middle_values()
    {
        Assert.Equal(6.5m, TeamMirror.Of([8, 3, 5, 10]).Median);
        Assert.Equal(7m, TeamMirror.Of([6, 8]).Median);
        Assert.Equal(10, TeamMirror.Of([6, 8, 10, 2]).Highest);
    }

    [Fact]
    public void A_single_rep_is_both_median_and_highest()
    {
        Assert.Equal(new TeamMirror(1, 8m, 8), TeamMirror.Of([8]));
    }

    [Fact]
    public void Nobody_submitted_yet_gives_no_figures()
    {
        Assert.Equal(new TeamMirror(0, null, null), TeamMirror.Of([]));
    }

    [Fact]
    public void Yesterday_with_an_actual_compares()
    {
        var short2 = new PlanVersusActual(new DateOnly(2026, 6, 9), 8, 6);
        Assert.True(short2.ActualKnown);
        Assert.Equal(-2, short2.Difference);
        Assert.False(short2.Met);

        var beat = short2 with { ActualVisits = 9 };
        Assert.Equal(1, beat.Difference);
        Assert.True(beat.Met);
    }

    [Fact]
    public void Yesterday_without_an_actual_compares_nothing()
    {
        var unknown = new PlanVersusActual(new DateOnly(2026, 6, 9), 8, null);
        Assert.False(unknown.ActualKnown);
        Assert.Null(unknown.Difference);
        Assert.Null(unknown.Met);
    }
}
