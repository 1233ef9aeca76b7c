using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.EveningShare;

public class VisitFactTests
{
    private static readonly IReadOnlyList<PlannedVisit> Plan =
    [
        new("华为", new TimeOnly(9, 30), CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
        new("Acme", null, CustomerClass.B, KeyPerson.Second, VisitOutcome.Advance),
        new("Globex", null, CustomerClass.New, KeyPerson.First, VisitOutcome.Advance),
        new("Hooli", null, CustomerClass.C, KeyPerson.First, VisitOutcome.Advance),
    ];

    private static Recap RecapOf(IReadOnlyList<PlannedVisitResult> planned, params UnplannedVisit[] unplanned) =>
        new(planned, unplanned, [], null, null, null, []);

    [Fact]
    public void Done_planned_visits_keep_their_planned_type_and_class_as_before()
    {
        var recap = RecapOf(
        [
            new("华为", true, true, ClassAfter.Signed, 500_000),
            new("Acme", true, false, ClassAfter.A, 0),
            new("Globex", true, true, ClassAfter.C, 0),
            PlannedVisitResult.NotDone("Hooli"),
        ]);

        var facts = VisitFact.From(Plan, recap);

        Assert.Equal(
            [
                new VisitFact("华为", VisitType.Closing, CustomerClass.A, ClassAfter.Signed, true, 500_000, true),
                new VisitFact("Acme", VisitType.FollowUp, CustomerClass.B, ClassAfter.A, false, 0, true),
                new VisitFact("Globex", VisitType.New, CustomerClass.New, ClassAfter.C, true, 0, true),
            ],
            facts);
    }

    [Fact]
    public void Unplanned_visits_follow_the_planned_ones()
    {
        var recap = RecapOf(
            Plan.Select(v => PlannedVisitResult.NotDone(v.Customer)).ToList(),
            new UnplannedVisit("Walk-in", VisitType.New, ClassAfter.B, false, 0),
            new UnplannedVisit("Stark", VisitType.Closing, ClassAfter.Signed, true, 80_000));

        var facts = VisitFact.From(Plan, recap);

        Assert.Equal(
            [
                new VisitFact("Walk-in", VisitType.New, CustomerClass.New, ClassAfter.B, false, 0, false),
                new VisitFact("Stark", VisitType.Closing, null, ClassAfter.Signed, true, 80_000, false),
            ],
            facts);
    }

    [Fact]
    public void An_unplanned_follow_up_takes_the_customers_last_known_class()
    {
        var recap = RecapOf(
            Plan.Select(v => PlannedVisitResult.NotDone(v.Customer)).ToList(),
            new UnplannedVisit("stark", VisitType.FollowUp, ClassAfter.A, false, 0),
            new UnplannedVisit("Wayne", VisitType.FollowUp, ClassAfter.B, false, 0),
            new UnplannedVisit("Oscorp", VisitType.New, ClassAfter.C, false, 0));
        var known = new Dictionary<string, CustomerClass> { ["Stark"] = CustomerClass.C, ["Oscorp"] = CustomerClass.A };

        var facts = VisitFact.From(Plan, recap, known);

        Assert.Equal([CustomerClass.C, null, CustomerClass.New], facts.Select(f => f.Before));
    }

    [Fact]
    public void A_recap_read_against_another_plan_is_refused()
    {
        Assert.Throws<ArgumentException>(() => VisitFact.From(Plan, RecapOf([PlannedVisitResult.NotDone("华为")])));
        Assert.Throws<ArgumentException>(() => VisitFact.From(Plan, RecapOf(
            new[] { "华为", "Acme", "Hooli", "Globex" }.Select(PlannedVisitResult.NotDone).ToList())));
    }

    [Fact]
    public void Facts_come_straight_from_a_read_card()
    {
        var form = new Dictionary<string, string?>
        {
            [RecapInputs.PlannedDone(2)] = "true",
            [RecapInputs.PlannedClass(2)] = "A",
            [RecapInputs.PlannedKeyPerson(2)] = "true",
        };
        var recap = RecapForm.Read(form, RecapLimits.For("CNY"), Plan).Value!;

        Assert.Equal([new VisitFact("Acme", VisitType.FollowUp, CustomerClass.B, ClassAfter.A, true, 0, true)], VisitFact.From(Plan, recap));
    }
}
