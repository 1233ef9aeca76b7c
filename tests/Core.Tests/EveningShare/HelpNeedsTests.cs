using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using static IronArmy.Core.Tests.EveningShare.EveningFixture;

namespace IronArmy.Core.Tests.EveningShare;

public class HelpNeedsTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<RepDay?>> NoHistory = new Dictionary<string, IReadOnlyList<RepDay?>>();

    private static IReadOnlyDictionary<string, IReadOnlyList<RepDay?>> History(string id, params RepDay?[] days) =>
        new Dictionary<string, IReadOnlyList<RepDay?>> { [id] = days };

    [Fact]
    public void A_help_request_is_a_need_even_on_a_good_day()
    {
        var help = new HelpRequest("Acme", "Their second KP blocks us.");

        var need = Assert.Single(HelpNeeds.Select([Rep("r", StandardDay(), help: help), Rep("fine", StandardDay())], NoHistory));

        Assert.Equal("r", need.MemberId);
        Assert.Equal(help, need.Request);
        Assert.False(need.FarBelowToday);
        Assert.False(need.BelowThreeDaysRunning);
        Assert.Empty(need.ShortToday);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(7, false)]
    public void Far_below_is_fewer_than_half_the_standards_visits(int visits, bool farBelow)
    {
        Assert.Equal(farBelow, HelpNeeds.IsFarBelow(Day(visits)));
        Assert.Equal(farBelow, HelpNeeds.Select([Rep("r", Day(visits))], NoHistory).Any(n => n.FarBelowToday));
    }

    [Fact]
    public void Far_below_follows_the_teams_standard()
    {
        var lowered = VisitStandard.Default.With(StandardMeasure.Visits, 4);
        var day = RepDay.Of(Today, 4, Day(2).Visits, 3, lowered);

        Assert.False(HelpNeeds.IsFarBelow(day));
        Assert.True(HelpNeeds.IsFarBelow(RepDay.Of(Today, 4, Day(1).Visits, 3, lowered)));
    }

    [Fact]
    public void A_far_below_need_says_which_lines_are_short()
    {
        var need = Assert.Single(HelpNeeds.Select([Rep("r", Day(3, validNew: 3))], NoHistory));

        Assert.Contains(StandardMeasure.Visits, need.ShortToday);
        Assert.Contains(StandardMeasure.ClosingVisits, need.ShortToday);
        Assert.DoesNotContain(StandardMeasure.ValidNewCustomers, need.ShortToday);
    }

    [Fact]
    public void Below_the_standard_three_work_days_running()
    {
        var below = Day(7);
        Assert.False(below.Standard.Met);
        Assert.False(HelpNeeds.IsFarBelow(below));

        var need = Assert.Single(HelpNeeds.Select([Rep("r", below)], History("r", Day(6, date: Today.AddDays(-1)), Day(5, date: Today.AddDays(-2)))));

        Assert.True(need.BelowThreeDaysRunning);
        Assert.False(need.FarBelowToday);
        Assert.Null(need.Request);
    }

    [Fact]
    public void Two_days_below_are_not_yet_a_run() =>
        Assert.Empty(HelpNeeds.Select([Rep("r", Day(7))], History("r", Day(6, date: Today.AddDays(-1)))));

    [Fact]
    public void A_day_at_the_standard_breaks_the_run()
    {
        Assert.Empty(HelpNeeds.Select([Rep("r", Day(7))], History("r", StandardDay(Today.AddDays(-1)), Day(5), Day(5))));
        Assert.Empty(HelpNeeds.Select([Rep("r", StandardDay())], History("r", Day(5), Day(5))));
        Assert.Empty(HelpNeeds.Select([Rep("r", Day(7))], History("r", Day(5), StandardDay(Today.AddDays(-2)))));
    }

    [Fact]
    public void A_due_day_without_a_recap_breaks_the_run() =>
        Assert.Empty(HelpNeeds.Select([Rep("r", Day(7))], History("r", Day(5), null)));

    [Fact]
    public void Only_the_last_three_days_count()
    {
        Assert.Single(HelpNeeds.Select([Rep("r", Day(7))], History("r", Day(6), Day(6), StandardDay(), StandardDay())));
    }

    [Fact]
    public void History_is_per_rep() =>
        Assert.Empty(HelpNeeds.Select([Rep("r", Day(7))], History("someone else", Day(5), Day(5))));

    [Fact]
    public void Reps_who_did_not_submit_are_not_needs_here() =>
        Assert.Empty(HelpNeeds.Select([RepEvening.NotSubmitted("s", "Silent")], History("s", Day(1), Day(1))));

    [Fact]
    public void Requests_first_then_far_below_then_runs_then_name()
    {
        var help = new HelpRequest(null, "Cold calls.");
        var reps = new[]
        {
            Rep("run", Day(7)),
            Rep("far-b", Day(2)),
            Rep("far-a", Day(1)),
            Rep("asked", StandardDay(), help: help),
            Rep("fine", StandardDay()),
        };
        var history = new Dictionary<string, IReadOnlyList<RepDay?>> { ["run"] = [Day(6), Day(6)] };

        Assert.Equal(["asked", "far-a", "far-b", "run"], HelpNeeds.Select(reps, history).Select(n => n.MemberId));
    }
}
