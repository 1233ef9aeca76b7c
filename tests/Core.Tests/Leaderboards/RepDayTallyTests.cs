using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using static IronArmy.Core.Tests.EveningShare.EveningFixture;

namespace IronArmy.Core.Tests.Leaderboards;

public class RepDayTallyTests
{
    [Fact]
    public void A_day_adds_up_its_visits_signings_conversions_and_standard()
    {
        var visits = new[]
        {
            Visit(CustomerClass.A, ClassAfter.Signed, 3_000),
            Visit(CustomerClass.A, ClassAfter.Signed, 8_000),
            Visit(CustomerClass.B, ClassAfter.A),
            Visit(CustomerClass.C, ClassAfter.A),
            Visit(CustomerClass.C, ClassAfter.B),
            Visit(CustomerClass.New, ClassAfter.A, type: VisitType.New), // a new customer's first class is no conversion
            Visit(null, ClassAfter.A, type: VisitType.Closing),
        };

        var tally = RepDayTally.Of(Today, visits, 3, VisitStandard.Default);

        Assert.Equal(new RepDayTally(Today, 7, 3, 11_000, 2, 8_000, 2, MetValidNewStandard: true, MetStandard: false), tally);
    }

    [Fact]
    public void A_day_without_signings_has_no_biggest_deal_and_the_valid_new_standard_follows_the_team_s()
    {
        var tally = RepDayTally.Of(Today, [Visit(CustomerClass.B, ClassAfter.B)], 2, VisitStandard.Default with { ValidNewCustomers = 2 });

        Assert.Equal(0, tally.BiggestDealMinor);
        Assert.Equal(0, tally.Signings);
        Assert.True(tally.MetValidNewStandard);
        Assert.False(RepDayTally.Of(Today, [], 2, VisitStandard.Default).MetValidNewStandard);
    }

    [Fact]
    public void A_day_meeting_every_line_meets_the_standard() =>
        Assert.True(RepDayTally.Of(Today, StandardDay().Visits, 3, VisitStandard.Default).MetStandard);

    [Fact]
    public void A_day_adds_to_a_rep_s_totals()
    {
        var day = new RepDayTally(Today, 9, 3, 5_000, 1, 5_000, 2, true, false);

        Assert.Equal(new RepTotals(7, 5_000, 1, 9, 3, 2, 1), RepTotals.None(7).Plus(day));
        Assert.Equal(new RepTotals(7, 6_000, 2, 17, 4, 2, 2), new RepTotals(7, 1_000, 1, 8, 1, 0, 1).Plus(day));
    }
}
