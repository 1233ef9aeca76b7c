using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.Kickoff;

public class StandardCheckTests
{
    private static PlannedVisit Visit(string customer, CustomerClass c, VisitOutcome o) => new(customer, null, c, KeyPerson.First, o);

    /// <summary>The method's day: 4 new, 2 follow-ups (B and C advanced), 2 closing (A and B), so 1 A and 3 B/C.</summary>
    private static KickoffPlan StandardDay(int validNew = 3)
    {
        var visits = new List<PlannedVisit>
        {
            Visit("n1", CustomerClass.New, VisitOutcome.FirstContact),
            Visit("n2", CustomerClass.New, VisitOutcome.FirstContact),
            Visit("n3", CustomerClass.New, VisitOutcome.FirstContact),
            Visit("n4", CustomerClass.New, VisitOutcome.Advance),
            Visit("b1", CustomerClass.B, VisitOutcome.Advance),
            Visit("c1", CustomerClass.C, VisitOutcome.Advance),
            Visit("a1", CustomerClass.A, VisitOutcome.Close),
            Visit("b2", CustomerClass.B, VisitOutcome.Close),
        };
        var candidates = Enumerable.Range(1, 3).Select(i => new NewCustomerCandidate($"v{i}", true, true, i <= validNew)).ToList();
        return new KickoffPlan(new Targets(new(0, 0, 0), new(0, 0, 0), new(0, 8, 3)), visits, candidates);
    }

    [Fact]
    public void The_method_day_meets_the_default_standard()
    {
        var check = StandardCheck.Of(StandardDay(), VisitStandard.Default);

        Assert.True(check.Met);
        Assert.Equal(8, check[StandardMeasure.Visits].Planned);
        Assert.Equal(4, check[StandardMeasure.NewVisits].Planned);
        Assert.Equal(2, check[StandardMeasure.FollowUpVisits].Planned);
        Assert.Equal(2, check[StandardMeasure.ClosingVisits].Planned);
        Assert.Equal(1, check[StandardMeasure.ACustomers].Planned);
        Assert.Equal(3, check[StandardMeasure.BcCustomers].Planned);
        Assert.Equal(3, check[StandardMeasure.ValidNewCustomers].Planned);
        Assert.All(check.Lines, l => Assert.Equal(0, l.Short));
    }

    [Fact]
    public void A_candidate_failing_one_test_leaves_valid_new_short_by_one()
    {
        var check = StandardCheck.Of(StandardDay(validNew: 2), VisitStandard.Default);

        Assert.False(check.Met);
        var line = check[StandardMeasure.ValidNewCustomers];
        Assert.False(line.Met);
        Assert.Equal(1, line.Short);
        Assert.Single(check.Lines, l => !l.Met);
    }

    [Fact]
    public void Fewer_visits_are_short_on_each_affected_line()
    {
        var plan = StandardDay();
        plan = plan with { Visits = plan.Visits.Where(v => v.Customer is not ("a1" or "n1" or "n2")).ToList() };

        var check = StandardCheck.Of(plan, VisitStandard.Default);

        Assert.Equal(3, check[StandardMeasure.Visits].Short);
        Assert.Equal(2, check[StandardMeasure.NewVisits].Short);
        Assert.Equal(1, check[StandardMeasure.ClosingVisits].Short);
        Assert.Equal(1, check[StandardMeasure.ACustomers].Short);
        Assert.True(check[StandardMeasure.FollowUpVisits].Met);
        Assert.True(check[StandardMeasure.BcCustomers].Met);
    }

    [Fact]
    public void A_lowered_standard_is_met_by_less()
    {
        // Four new visits and one closing A visit, one valid new customer.
        var plan = StandardDay(validNew: 1);
        plan = plan with { Visits = plan.Visits.Where(v => v.Customer is "n1" or "n2" or "n3" or "n4" or "a1").ToList() };
        var lowered = new VisitStandard(Visits: 5, NewVisits: 4, FollowUpVisits: 0, ClosingVisits: 1, ACustomers: 1, BcCustomers: 0, ValidNewCustomers: 1);

        Assert.False(StandardCheck.Of(plan, VisitStandard.Default).Met);
        Assert.True(StandardCheck.Of(plan, lowered).Met);
        Assert.Equal(lowered, VisitStandard.Default
            .With(StandardMeasure.Visits, 5).With(StandardMeasure.FollowUpVisits, 0).With(StandardMeasure.ClosingVisits, 1)
            .With(StandardMeasure.BcCustomers, 0).With(StandardMeasure.ValidNewCustomers, 1));
    }

    [Fact]
    public void An_empty_plan_is_short_on_every_line_by_the_standard()
    {
        var empty = new KickoffPlan(new Targets(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0)), [], []);

        var check = StandardCheck.Of(empty, VisitStandard.Default);

        Assert.All(check.Lines, l => Assert.Equal(VisitStandard.Default.Of(l.Measure), l.Short));
        Assert.Equal(Enum.GetValues<StandardMeasure>(), check.Lines.Select(l => l.Measure));
    }

    [Fact]
    public void A_zero_standard_line_is_always_met()
    {
        var zero = new VisitStandard(0, 0, 0, 0, 0, 0, 0);
        var empty = new KickoffPlan(new Targets(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0)), [], []);
        Assert.True(StandardCheck.Of(empty, zero).Met);
    }

    [Theory]
    [InlineData(CustomerClass.A, VisitOutcome.Close, VisitType.Closing)]
    [InlineData(CustomerClass.B, VisitOutcome.Close, VisitType.Closing)]
    [InlineData(CustomerClass.B, VisitOutcome.Advance, VisitType.FollowUp)]
    [InlineData(CustomerClass.C, VisitOutcome.FirstContact, VisitType.New)]
    [InlineData(CustomerClass.New, VisitOutcome.Advance, VisitType.New)]
    public void Visit_type_follows_outcome_then_class(CustomerClass c, VisitOutcome o, VisitType expected) =>
        Assert.Equal(expected, Visit("x", c, o).Type);
}
