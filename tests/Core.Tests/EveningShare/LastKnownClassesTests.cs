using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.EveningShare;

public class LastKnownClassesTests
{
    private static DateOnly D(int day) => new(2026, 11, day);

    [Fact]
    public void The_latest_record_gives_the_class()
    {
        var classes = LastKnownClasses.Of(
        [
            CustomerClassRecord.OfVisit("Acme", D(20), ClassAfter.C),
            CustomerClassRecord.OfVisit("Acme", D(23), ClassAfter.A),
            CustomerClassRecord.OfPlan("Acme", D(21), CustomerClass.B),
        ]);

        Assert.Equal(CustomerClass.A, classes["Acme"]);
    }

    [Fact]
    public void On_one_date_the_visit_comes_after_the_plan()
    {
        var visitFirst = LastKnownClasses.Of([CustomerClassRecord.OfVisit("Acme", D(23), ClassAfter.B), CustomerClassRecord.OfPlan("Acme", D(23), CustomerClass.C)]);
        var planFirst = LastKnownClasses.Of([CustomerClassRecord.OfPlan("Acme", D(23), CustomerClass.C), CustomerClassRecord.OfVisit("Acme", D(23), ClassAfter.B)]);

        Assert.Equal(CustomerClass.B, visitFirst["Acme"]);
        Assert.Equal(CustomerClass.B, planFirst["Acme"]);
    }

    [Fact]
    public void A_later_plan_wins_over_an_earlier_visit()
    {
        var classes = LastKnownClasses.Of([CustomerClassRecord.OfVisit("Acme", D(20), ClassAfter.C), CustomerClassRecord.OfPlan("Acme", D(23), CustomerClass.A)]);

        Assert.Equal(CustomerClass.A, classes["Acme"]);
    }

    [Theory]
    [InlineData(ClassAfter.Signed)]
    [InlineData(ClassAfter.Lost)]
    public void A_customer_last_signed_or_lost_has_no_class(ClassAfter after)
    {
        var classes = LastKnownClasses.Of([CustomerClassRecord.OfPlan("Acme", D(20), CustomerClass.A), CustomerClassRecord.OfVisit("Acme", D(21), after)]);

        Assert.Empty(classes);
    }

    [Fact]
    public void Names_match_ignoring_case()
    {
        var classes = LastKnownClasses.Of([CustomerClassRecord.OfVisit("ACME trading", D(20), ClassAfter.C), CustomerClassRecord.OfVisit("Acme Trading", D(21), ClassAfter.B)]);

        Assert.Equal(CustomerClass.B, Assert.Single(classes).Value);
        Assert.Equal(CustomerClass.B, classes["acme TRADING"]);
    }

    [Fact]
    public void An_unplanned_follow_up_takes_the_last_known_class_and_can_move_up()
    {
        var classes = LastKnownClasses.Of([CustomerClassRecord.OfVisit("Acme", D(20), ClassAfter.B)]);
        var recap = new Recap([], [new UnplannedVisit("acme", VisitType.FollowUp, ClassAfter.A, true, 0)], [], null, null, null, []);

        var fact = Assert.Single(VisitFact.From([], recap, classes));

        Assert.Equal(CustomerClass.B, fact.Before);
        Assert.True(ClassMove.Of(fact)!.ReachesA);
    }
}
