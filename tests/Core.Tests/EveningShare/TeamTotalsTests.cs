using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using static IronArmy.Core.Tests.EveningShare.EveningFixture;

namespace IronArmy.Core.Tests.EveningShare;

public class TeamTotalsTests
{
    [Fact]
    public void Lines_sum_over_reps_who_shared_and_are_required_of_every_rep_due()
    {
        var reps = new[]
        {
            Rep("a", StandardDay(extra: Visit(CustomerClass.A, ClassAfter.Signed, 200_000, VisitType.Closing))),
            Rep("b", Day(5, validNew: 1, extra: Visit(CustomerClass.B, ClassAfter.A))),
            RepEvening.NotSubmitted("c", "C"),
        };

        var totals = TeamTotals.Of(reps, VisitStandard.Default);

        Assert.Equal(3, totals.RepsDue);
        Assert.Equal(2, totals.RepsSubmitted);
        Assert.Equal(1, totals.RepsMeetingStandard);
        Assert.Equal(16, totals.PlannedVisits);
        Assert.Equal(200_000, totals.SignedAmountMinor);
        Assert.Equal(1, totals.Signings);
        Assert.Equal(2, totals.Moves);
        Assert.Equal(new StandardLine(StandardMeasure.Visits, 15, 24), totals.Standard[StandardMeasure.Visits]);
        Assert.Equal(new StandardLine(StandardMeasure.NewVisits, 9, 12), totals.Standard[StandardMeasure.NewVisits]);
        Assert.Equal(new StandardLine(StandardMeasure.ValidNewCustomers, 4, 9), totals.Standard[StandardMeasure.ValidNewCustomers]);
        Assert.Equal(new StandardLine(StandardMeasure.ACustomers, 2, 3), totals.Standard[StandardMeasure.ACustomers]);
        Assert.False(totals.Standard.Met);
    }

    [Fact]
    public void A_silent_evening_is_not_a_good_one()
    {
        var totals = TeamTotals.Of([RepEvening.NotSubmitted("a", "A"), RepEvening.NotSubmitted("b", "B")], VisitStandard.Default);

        Assert.Equal(0, totals.RepsSubmitted);
        Assert.False(totals.Standard.Met);
        Assert.Equal(16, totals.Standard[StandardMeasure.Visits].Short);
    }

    [Fact]
    public void Every_rep_at_the_standard_meets_the_teams()
    {
        var totals = TeamTotals.Of([Rep("a", StandardDay()), Rep("b", StandardDay())], VisitStandard.Default);

        Assert.True(totals.Standard.Met);
        Assert.Equal(2, totals.RepsMeetingStandard);
    }

    [Fact]
    public void Who_did_not_submit_by_name() =>
        Assert.Equal(
            ["Ann", "Bo"],
            TeamTotals.NotSubmitted([RepEvening.NotSubmitted("2", "Bo"), Rep("x", StandardDay()), RepEvening.NotSubmitted("1", "Ann")]).Select(r => r.Name));
}
