using IronArmy.Bot.Cards;
using System.Globalization;
using System.Text.Json.Nodes;
using IronArmy.Bot.Forms;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// Replaces the kickoff form after a valid submit: what the rep committed to, the plan against the
/// standard, and 照镜子 — the rep's plan beside the team's today and yesterday's plan beside what happened.
/// </summary>
public static class KickoffSummaryCard
{
    public const string EditVerb = "kickoff.edit";

    public static AdaptiveCard Build(Texts t, KickoffSummary summary)
    {
        var plan = summary.Plan;
        var title = t.Format("Kickoff_SummaryTitle", t.LocalDate(summary.WorkDate));
        var body = DaySummaryLayout.Heading(t, title, summary.LastUpdated);

        body.Add(DaySummaryLayout.Section(t["Kickoff_Targets"]));
        body.Add(new FactSet(new[] { TargetPeriod.Month, TargetPeriod.Week, TargetPeriod.Day }
            .Select(p => new Fact(t.PeriodName(p), TargetValue(t, TargetOf(plan.Targets, p), summary.CurrencyCode)))
            .ToList()) { Spacing = Spacing.Small });

        body.Add(DaySummaryLayout.Section(t.Format("Kickoff_VisitPlanCount", plan.Visits.Count)));
        if (plan.Visits.Count == 0)
            body.Add(new TextBlock(t["Kickoff_NoVisits"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        body.AddRange(plan.Visits.Select(v => VisitRow(t, v)));

        body.Add(DaySummaryLayout.Section(t.Format("Kickoff_ValidNewCount", plan.ValidNewCustomers, summary.Standard.ValidNewCustomers)));
        if (plan.NewCustomers.Count == 0)
            body.Add(new TextBlock(t["Kickoff_NoNewCustomers"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        body.AddRange(plan.NewCustomers.Select(c => c.IsValid
            ? new TextBlock(t.Format("Kickoff_ValidNewLine", c.Name)) { Wrap = true, Spacing = Spacing.Small }
            : new TextBlock(t.Format("Kickoff_ContactLine", c.Name, t.NameList(Missing(t, c)))) { Wrap = true, Spacing = Spacing.Small, IsSubtle = true }));

        body.Add(DaySummaryLayout.Section(t["Kickoff_PlanVsStandard"]));
        body.Add(new FactSet(StandardCheck.Of(plan, summary.Standard).Lines.Select(l => new Fact(t.MeasureName(l.Measure), t.StandardValue(l))).ToList())
            { Spacing = Spacing.Small });

        if (Mirror(t, summary) is { } mirror) body.Add(mirror);

        return DaySummaryLayout.Card(t, title, body, summary.WorkDate, EditVerb, summary.CanEdit, t["Kickoff_EditClosed"]);
    }


    /// <summary>The time beside the customer, and how the visit is meant to go under it: scans on a phone.</summary>
    private static ColumnSet VisitRow(Texts t, PlannedVisit v) =>
        new([
            new Column([new TextBlock(v.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? t["Kickoff_NoTime"]) { Weight = TextWeight.Bolder }])
                { Width = ColumnWidth.InPixels(48) },
            new Column(
            [
                new TextBlock(v.Customer) { Wrap = true },
                new TextBlock(string.Join(" · ", t.ClassName(v.Class), t.KeyPersonName(v.KeyPerson), t.OutcomeName(v.Outcome)))
                    { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None },
            ]) { Width = ColumnWidth.Stretch },
        ]) { Spacing = Spacing.Small };

    private static Target? TargetOf(Targets targets, TargetPeriod period) => period switch
    {
        TargetPeriod.Month => targets.Month,
        TargetPeriod.Week => targets.Week,
        _ => targets.Day,
    };

    /// <summary>A month or week a first plan left unset reads as not set yet, never as zero.</summary>
    private static string TargetValue(Texts t, Target? target, string currencyCode) => target is null
        ? t["Kickoff_TargetNotSet"]
        : t.Format("Kickoff_TargetLine", t.Money(target.SignedAmountMinor, currencyCode), target.Visits, target.ValidNewCustomers);

    private static IEnumerable<string> Missing(Texts t, NewCustomerCandidate c)
    {
        if (!c.HasNeed) yield return t["Kickoff_Missing_Need"];
        if (!c.HasBudget) yield return t["Kickoff_Missing_Budget"];
        if (!c.IsPayer) yield return t["Kickoff_Missing_Payer"];
    }

    /// <summary>照镜子; nothing when neither today's team nor yesterday's actuals are known yet.</summary>
    private static Container? Mirror(Texts t, KickoffSummary summary)
    {
        if (summary.Mirror is null && summary.Yesterday is null) return null;
        var facts = new List<Fact>();
        if (summary.Mirror is { Reps: > 0 } team)
        {
            facts.Add(new Fact(t["Kickoff_MirrorMine"], summary.Plan.Visits.Count.ToString(t.Culture)));
            facts.Add(new Fact(t["Kickoff_MirrorMedian"], (team.Median ?? 0).ToString("0.#", t.Culture)));
            facts.Add(new Fact(t["Kickoff_MirrorHighest"], (team.Highest ?? 0).ToString(t.Culture)));
        }

        if (summary.Yesterday is { ActualKnown: true } yesterday)
            facts.Add(new Fact(t["Kickoff_Yesterday"], t.Format("Kickoff_YesterdayValue", yesterday.PlannedVisits, yesterday.ActualVisits)));

        var items = new List<CardElement>
        {
            new TextBlock(t["Kickoff_Mirror"]) { Weight = TextWeight.Bolder, Wrap = true },
            new FactSet(facts) { Spacing = Spacing.Small },
        };
        if (summary.Mirror is { Reps: > 0 } basis)
            items.Add(new TextBlock(t.FormatCount("Kickoff_MirrorBasis", basis.Reps, basis.Reps)) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Small });
        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium, Separator = true };
    }
}
