using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.EveningShare;

public class RepDayTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static VisitFact Fact(VisitType type, CustomerClass? before, ClassAfter after, long amount = 0, string? customer = null) =>
        new(customer ?? $"{type}-{before}-{after}-{Guid.NewGuid():N}", type, before, after, true, amount, true);

    /// <summary>Exactly the standard: 4 new, 2 follow-up (one A, one B), 2 closing (one A, one C), 3 valid new.</summary>
    private static List<VisitFact> StandardDay() =>
    [
        Fact(VisitType.New, CustomerClass.New, ClassAfter.C),
        Fact(VisitType.New, CustomerClass.New, ClassAfter.C),
        Fact(VisitType.New, CustomerClass.New, ClassAfter.B),
        Fact(VisitType.New, CustomerClass.New, ClassAfter.Lost),
        Fact(VisitType.FollowUp, CustomerClass.A, ClassAfter.A),
        Fact(VisitType.FollowUp, CustomerClass.B, ClassAfter.A, customer: "Acme"),
        Fact(VisitType.Closing, CustomerClass.C, ClassAfter.B, customer: "Hooli"),
        Fact(VisitType.Closing, CustomerClass.A, ClassAfter.Signed, 1_200_000, "华为"),
    ];

    [Fact]
    public void A_day_at_the_standard_meets_every_line()
    {
        var day = RepDay.Of(Today, 8, StandardDay(), 3, VisitStandard.Default);

        Assert.True(day.Standard.Met);
        Assert.Equal(8, day.Standard[StandardMeasure.Visits].Planned);
        Assert.Equal(4, day.Standard[StandardMeasure.NewVisits].Planned);
        Assert.Equal(2, day.Standard[StandardMeasure.FollowUpVisits].Planned);
        Assert.Equal(2, day.Standard[StandardMeasure.ClosingVisits].Planned);
        Assert.Equal(2, day.Standard[StandardMeasure.ACustomers].Planned);
        Assert.Equal(2, day.Standard[StandardMeasure.BcCustomers].Planned);
        Assert.Equal(3, day.Standard[StandardMeasure.ValidNewCustomers].Planned);
    }

    [Fact]
    public void Signed_amount_signings_and_moves()
    {
        var day = RepDay.Of(Today, 8, StandardDay(), 3, VisitStandard.Default);

        Assert.Equal(1_200_000, day.SignedAmountMinor);
        Assert.Equal(1, day.Signings);
        Assert.Equal(
            [
                new ClassMove("Acme", CustomerClass.B, ClassAfter.A),
                new ClassMove("Hooli", CustomerClass.C, ClassAfter.B),
                new ClassMove("华为", CustomerClass.A, ClassAfter.Signed),
            ],
            day.Moves);
    }

    [Theory]
    [InlineData(StandardMeasure.NewVisits, 0)]
    [InlineData(StandardMeasure.ClosingVisits, 7)]
    [InlineData(StandardMeasure.FollowUpVisits, 4)]
    public void One_line_short_and_the_standard_is_not_met(StandardMeasure measure, int dropIndex)
    {
        var visits = StandardDay();
        visits.RemoveAt(dropIndex);

        var day = RepDay.Of(Today, 8, visits, 3, VisitStandard.Default);

        Assert.False(day.Standard.Met);
        Assert.Equal(1, day.Standard[measure].Short);
        Assert.Equal(1, day.Standard[StandardMeasure.Visits].Short);
    }

    [Fact]
    public void No_visit_to_an_A_customer_misses_the_A_line()
    {
        var visits = StandardDay().Where(v => v.Before != CustomerClass.A).ToList();

        var day = RepDay.Of(Today, 8, visits, 3, VisitStandard.Default);

        Assert.Equal(0, day.Standard[StandardMeasure.ACustomers].Planned);
        Assert.Equal(1, day.Standard[StandardMeasure.ACustomers].Short);
        Assert.False(day.Standard.Met);
    }

    [Fact]
    public void Valid_new_customers_short()
    {
        var day = RepDay.Of(Today, 8, StandardDay(), 2, VisitStandard.Default);

        Assert.False(day.Standard.Met);
        Assert.Equal([StandardMeasure.ValidNewCustomers], day.Standard.Lines.Where(l => !l.Met).Select(l => l.Measure));
    }

    [Fact]
    public void The_teams_own_standard_is_the_measure()
    {
        var lowered = VisitStandard.Default.With(StandardMeasure.ValidNewCustomers, 1).With(StandardMeasure.Visits, 6);
        var visits = StandardDay().Take(6).ToList();

        var day = RepDay.Of(Today, 8, visits, 1, lowered);

        Assert.Equal(6, day.Standard[StandardMeasure.Visits].Required);
        Assert.True(day.Standard[StandardMeasure.Visits].Met);
        Assert.True(day.Standard[StandardMeasure.ValidNewCustomers].Met);
        Assert.False(day.Standard[StandardMeasure.ClosingVisits].Met);
    }

    [Fact]
    public void A_visit_of_unknown_class_counts_as_a_visit_but_for_neither_A_nor_BC()
    {
        var day = RepDay.Of(Today, 0, [Fact(VisitType.FollowUp, null, ClassAfter.A)], 0, VisitStandard.Default);

        Assert.Equal(1, day.Standard[StandardMeasure.Visits].Planned);
        Assert.Equal(1, day.Standard[StandardMeasure.FollowUpVisits].Planned);
        Assert.Equal(0, day.Standard[StandardMeasure.ACustomers].Planned);
        Assert.Equal(0, day.Standard[StandardMeasure.BcCustomers].Planned);
        Assert.Empty(day.Moves);
    }

    [Fact]
    public void Plan_against_actual()
    {
        var day = RepDay.Of(Today, 8, StandardDay().Take(5).ToList(), 3, VisitStandard.Default);

        Assert.Equal(new PlanVersusActual(Today, 8, 5), day.PlanVersusActual);
        Assert.Equal(-3, day.PlanVersusActual.Difference);
        Assert.False(day.PlanVersusActual.Met);
    }

    [Fact]
    public void A_day_from_the_plan_and_the_recap()
    {
        IReadOnlyList<PlannedVisit> plan =
        [
            new("华为", null, CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
            new("Acme", null, CustomerClass.B, KeyPerson.First, VisitOutcome.Advance),
            new("Hooli", null, CustomerClass.C, KeyPerson.First, VisitOutcome.Advance),
        ];
        var recap = new Recap(
            [new("华为", true, true, ClassAfter.Signed, 300_000), new("Acme", true, true, ClassAfter.A, 0), PlannedVisitResult.NotDone("Hooli")],
            [new UnplannedVisit("Walk-in", VisitType.New, ClassAfter.C, false, 0)],
            [new NewCustomerCandidate("Walk-in", true, true, true), new NewCustomerCandidate("Other", true, false, true)],
            null,
            null,
            null,
            []);

        var day = RepDay.Of(Today, plan, recap, VisitStandard.Default);

        Assert.Equal(3, day.PlannedVisits);
        Assert.Equal(3, day.Visits.Count);
        Assert.Equal(1, day.ValidNewCustomers);
        Assert.Equal(300_000, day.SignedAmountMinor);
        Assert.Equal(2, day.Moves.Count);
        Assert.Equal(1, day.Standard[StandardMeasure.NewVisits].Planned);
    }
}
