using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Tests.Kickoff;

public class VisitDraftTests
{
    [Fact]
    public void Tomorrows_plan_becomes_todays_rows_cleaned_and_without_repeats()
    {
        var drafts = VisitDraft.FromTomorrowsPlan([" 华为\u3000深圳 ", "", null, "Acme", "ACME", "Globex"]);

        Assert.Equal([new VisitDraft("华为 深圳"), new VisitDraft("Acme"), new VisitDraft("Globex")], drafts);
    }

    [Fact]
    public void At_most_eight_rows_are_drafted_in_plan_order()
    {
        var names = Enumerable.Range(1, 12).Select(i => $"Customer {i}").ToList();

        var drafts = VisitDraft.FromTomorrowsPlan(names);

        Assert.Equal(names.Take(KickoffInputs.MaxVisits), drafts.Select(d => d.Customer));
    }

    [Fact]
    public void No_plan_last_evening_drafts_nothing()
    {
        Assert.Empty(VisitDraft.FromTomorrowsPlan(null));
        Assert.Empty(VisitDraft.FromTomorrowsPlan([]));
    }
}
