using IronArmy.Bot.Cards;
using System.Globalization;
using System.Text.Json.Nodes;
using IronArmy.Bot.Forms;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// Replaces the evening form after a valid submit: the day against the standard, the class moves,
/// what was signed, and back what the rep wrote — only that: a section the rep left blank is not shown.
/// </summary>
public static class RecapSummaryCard
{
    public const string EditVerb = "recap.edit";

    public static AdaptiveCard Build(Texts t, RecapSummary summary)
    {
        var (recap, day) = (summary.Recap, summary.Day);
        var title = t.Format("Recap_SummaryTitle", t.LocalDate(summary.WorkDate));
        var body = DaySummaryLayout.Heading(t, title, summary.LastUpdated);

        body.Add(DaySummaryLayout.Section(t["Recap_DayVsStandard"]));
        body.Add(new FactSet(
        [
            new Fact(t["Recap_PlanVsActual"], t.Format("Recap_PlanVsActualValue", day.PlannedVisits, day.Visits.Count)),
            .. day.Standard.Lines.Select(l => new Fact(t.MeasureName(l.Measure), t.StandardValue(l))),
        ]) { Spacing = Spacing.Small });

        body.Add(DaySummaryLayout.Section(t.Format("Recap_MovesCount", day.Moves.Count)));
        if (day.Moves.Count == 0)
            body.Add(new TextBlock(t["Recap_NoMoves"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        body.AddRange(day.Moves.Select(m => new TextBlock(t.MoveText(m)) { Wrap = true, Spacing = Spacing.Small, Weight = m.Signs ? TextWeight.Bolder : null }));
        if (day.Signings > 0)
            body.Add(new TextBlock(t.Format("Recap_Signed", day.Signings, t.Money(day.SignedAmountMinor, summary.CurrencyCode)))
                { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });

        var validNew = recap.NewCustomers.Where(c => c.IsValid).Select(c => c.Name).ToList();
        if (validNew.Count > 0)
            body.Add(new TextBlock(t.Format("Recap_ValidNewLine", validNew.Count, t.NameList(validNew))) { Wrap = true, Spacing = Spacing.Medium });

        if (recap.Vent is { } vent) body.Add(Written(t["Recap_Vent"], vent.Text, t.VentVisibilityName(vent.Visibility)));
        if (recap.Win is { } win) body.Add(Written(t["Recap_Win"], win.Text, t.WinVisibilityName(win.Visibility)));
        if (recap.Help is { } help)
            body.Add(Written(t["Recap_Help"], help.Customer is { } c ? t.Format("Recap_HelpAbout", c, help.Stuck) : help.Stuck, null));
        if (recap.Tomorrow.Count > 0)
            body.Add(Written(t["Recap_Tomorrow"], t.NameList(recap.Tomorrow), null));

        return DaySummaryLayout.Card(t, title, body, summary.WorkDate, EditVerb, summary.CanEdit, t["Recap_EditClosed"]);
    }


    /// <summary>A text the rep wrote, under its heading, with who will see it.</summary>
    private static Container Written(string heading, string text, string? audience)
    {
        var items = new List<CardElement>
        {
            new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(text) { Wrap = true, Spacing = Spacing.Small },
        };
        if (audience is not null) items.Add(new TextBlock(audience) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None });
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }
}
