using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Tiers;

namespace IronArmy.Bot.Tiers;

/// <summary>
/// The 271 cards. A manager's shows every rep — ranked by tier, or not yet ranked — with score, trend
/// and the measure that pulls them down most, and says how the score is made and from which days; a
/// big team's is cut into parts under Teams' size limit. A rep's shows their own tier alone and what
/// would lift it: nobody else's tier, rank, score or name.
/// </summary>
public static class TierCards
{
    /// <summary>Room left in each card for its title, explanation and numbering.</summary>
    private const int HeaderAllowance = 3 * 1024;

    private static readonly Tier[] Order = [Tier.Two, Tier.UpperSeven, Tier.LowerSeven, Tier.One, Tier.NotYetRanked];

    /// <param name="monthTitle">The month's name for the monthly card; null for the card asked for.</param>
    public static IReadOnlyList<AdaptiveCard> ForManagers(Texts t, TierView view, string? monthTitle = null)
    {
        var title = monthTitle is null ? t.Format("Tiers_Title", t.TeamNameAsTitle(view.TeamName)) : t.Format("Tiers_MonthTitle", monthTitle, t.TeamNameAsTitle(view.TeamName));
        var header = Header(t, view, monthTitle is not null);
        var empty = CardJson.Utf8Size(new AdaptiveCard { Body = [], Lang = t.CardLanguage });
        var pages = new List<List<CardElement>>();
        var page = new List<CardElement>();
        var size = empty;
        foreach (var tier in Order)
        {
            var reps = view.Ranking.Reps.Where(r => r.Tier == tier).ToList();
            if (reps.Count == 0) continue;
            var heading = new TextBlock(t.Format("Tiers_Group", t[$"Tiers_{tier}_Group"], reps.Count)) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };
            var first = true;
            foreach (var rep in reps)
            {
                var line = Line(t, view, rep);
                List<CardElement> adding = first ? [heading, line] : [line];
                var grown = size + adding.Sum(e => CardJson.Utf8Size(e) + 1);
                if (page.Count > 0 && grown > CardJson.MaxCardBytes - HeaderAllowance)
                {
                    pages.Add(page);
                    (page, size) = ([], empty);
                    adding = [heading, line];
                    grown = size + adding.Sum(e => CardJson.Utf8Size(e) + 1);
                }

                page.AddRange(adding);
                size = grown;
                first = false;
            }
        }

        if (page.Count == 0) page.Add(new TextBlock(t["Tiers_NoReps"]) { Wrap = true, IsSubtle = true });
        pages.Add(page);
        return [.. pages.Select((items, i) => Card(t, title, i == 0 ? header : [], items, i + 1, pages.Count))];
    }

    /// <summary>The asker's own 271: their tier, score and trend, and what would lift it. Never another rep's.</summary>
    public static AdaptiveCard ForRep(Texts t, TierView view, long memberId)
    {
        var title = t["TiersRep_Title"];
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true } };
        var rep = view.Ranking.For(memberId);
        if (rep is null || !rep.IsRanked)
        {
            body.Add(new TextBlock(t.Format("TiersRep_NotRanked", rep?.Window.DueDays ?? 0, view.Settings.MinDueDays, view.Settings.WindowDays)) { Wrap = true });
        }
        else
        {
            var trend = view.MovementOf(rep).Trend;
            body.Add(new TextBlock(t.Format("TiersRep_Tier", t.TierName(rep.Tier))) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small });
            body.Add(new TextBlock(t.Format("TiersRep_Score", t.Score(rep.Score!.Value), t[$"TiersRep_Trend_{trend}"])) { Wrap = true, Spacing = Spacing.Small });
            body.Add(new TextBlock(rep.PullsDown is { } measure ? t.Format("TiersRep_Lift", t.TierMeasureName(measure)) : t["TiersRep_Keep"]) { Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        }

        body.Add(Explain(t, view, trend: false));
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }

    private static List<CardElement> Header(Texts t, TierView view, bool monthly)
    {
        var items = new List<CardElement> { Explain(t, view, trend: true) };
        if (monthly && view.ComparedWith is { } since)
        {
            var moves = view.Movements.Values.Where(m => m.Changed && m.Before != Tier.NotYetRanked && m.Now.IsRanked).ToList();
            items.Add(new TextBlock(t.Format("Tiers_Movements", t.LocalDate(since), moves.Count(m => m.Trend == TierTrend.Up), moves.Count(m => m.Trend == TierTrend.Down)))
                { Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Small });
        }

        return items;
    }

    /// <summary>What counts and from which days: the measures and weights, the window's dates, the tiers' rule.</summary>
    private static Container Explain(Texts t, TierView view, bool trend)
    {
        var window = trend && view.ComparedWith is { } since
            ? t.Format("Tiers_Window", view.Settings.WindowDays, t.LocalDate(view.First), t.LocalDate(view.Last), t.LocalDate(since))
            : t.Format("Tiers_WindowNoTrend", view.Settings.WindowDays, t.LocalDate(view.First), t.LocalDate(view.Last));
        return new Container(
        [
            new TextBlock(t.Format("Tiers_Explain", view.StandardVisits, t.Weights(view.Settings.Weights))) { Wrap = true, Size = TextSize.Small },
            new TextBlock(window) { Wrap = true, Size = TextSize.Small, Spacing = Spacing.None },
            new TextBlock(t.Format("Tiers_Rules", view.Settings.MinDueDays)) { Wrap = true, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
        ]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };
    }

    private static TextBlock Line(Texts t, TierView view, RepTier rep)
    {
        if (!rep.IsRanked)
            return new TextBlock(t.Format("Tiers_NotRankedLine", rep.Name, rep.Window.DueDays, view.Settings.MinDueDays)) { Wrap = true, Spacing = Spacing.None, IsSubtle = true };
        var move = view.MovementOf(rep);
        var text = t.Format("Tiers_RepLine", rep.Rank, rep.Name, t.Score(rep.Score!.Value), t.TrendMark(move.Trend));
        if (move.Changed && move.Before is { } before) text += t.Format("Tiers_Was", t.TierName(before));
        if (rep.PullsDown is { } measure) text += t.Format("Tiers_PullsDown", t.TierMeasureName(measure));
        return new TextBlock(text) { Wrap = true, Spacing = Spacing.None };
    }

    private static AdaptiveCard Card(Texts t, string title, IReadOnlyList<CardElement> header, IReadOnlyList<CardElement> items, int part, int parts)
    {
        var top = new List<CardElement> { new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true } };
        if (parts > 1) top.Add(new TextBlock(t.Format("Digest_Part", part, parts)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        return new AdaptiveCard
        {
            Body = [.. top, .. header, .. items],
            Lang = t.CardLanguage,
            FallbackText = parts > 1 ? $"{title} ({part}/{parts})" : title,
        };
    }
}
