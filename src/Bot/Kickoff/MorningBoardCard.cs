using IronArmy.Bot.Cards;
using System.Globalization;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The team channel's morning board: every rep's commitments for today. It is a mirror, not a
/// ranking, so reps appear in name order whatever their numbers, with no medals. One fact per rep
/// keeps it readable on a phone and small: 50 reps stay far below the message limit.
/// </summary>
public static class MorningBoardCard
{
    public static AdaptiveCard Build(Texts t, MorningBoard board)
    {
        var byName = StringComparer.Create(t.Culture, CompareOptions.IgnoreCase);
        var plans = board.Plans.OrderBy(r => r.Name, byName).ToList();
        var waiting = board.Waiting.Order(byName).ToList();
        var title = t.Format("Board_Title", board.TeamName);

        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(board.UpdatedAt is { } at
                    ? t.Format("Board_DateUpdated", t.LocalDate(board.WorkDate), at.ToString("HH:mm", CultureInfo.InvariantCulture))
                    : t.LocalDate(board.WorkDate))
                { IsSubtle = true, Spacing = Spacing.None, Wrap = true },
            new TextBlock(t["Board_Mirror"]) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Small },
        };

        if (plans.Count == 0)
        {
            body.Add(new TextBlock(t["Board_None"]) { Wrap = true, Spacing = Spacing.Medium });
        }
        else
        {
            body.Add(new TextBlock(t["Board_Legend"]) { Weight = TextWeight.Bolder, Size = TextSize.Small, Wrap = true, Separator = true, Spacing = Spacing.Medium });
            body.Add(new FactSet(plans.Select(r => new Fact(r.Name, Figures(t, r.Visits, r.ACustomers, r.ValidNewCustomers))).ToList())
                { Spacing = Spacing.Small });
            body.Add(new Container(
            [
                new FactSet([new Fact(t["Board_Total"], Figures(t, plans.Sum(r => r.Visits), plans.Sum(r => r.ACustomers), plans.Sum(r => r.ValidNewCustomers)))]),
            ]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(t.Format("Board_Submitted", plans.Count, plans.Count + waiting.Count)) { Wrap = true, Spacing = Spacing.Medium, Size = TextSize.Small });
        if (waiting.Count > 0)
            body.Add(new TextBlock(t.Format("Board_Waiting", waiting.Count, t.NameList(waiting))) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });

        return new AdaptiveCard
        {
            Body = body,
            Lang = t.CardLanguage,
            FallbackText = title,
        };
    }

    /// <summary>The three figures in the legend's order: "8 · 1 · 3".</summary>
    private static string Figures(Texts t, int visits, int aCustomers, int validNew) =>
        string.Join(" · ", visits.ToString(t.Culture), aCustomers.ToString(t.Culture), validNew.ToString(t.Culture));
}
