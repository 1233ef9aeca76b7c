using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.Forms;

/// <summary>
/// The frame the two day summaries share (the kickoff's and the evening's, shown once a form is
/// saved): the title with when it was last updated, bold sections, and the Edit button while the
/// day's form is open — or, once it has closed, the line that says so.
/// </summary>
public static class DaySummaryLayout
{
    public static List<CardElement> Heading(Texts t, string title, TimeOnly lastUpdated) =>
    [
        new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        new TextBlock(t.Format("Kickoff_LastUpdated", lastUpdated.ToString("HH:mm", CultureInfo.InvariantCulture)))
            { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
    ];

    public static TextBlock Section(string text) =>
        new(text) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    /// <param name="closed">What the card says once the day's form has closed for edits.</param>
    public static AdaptiveCard Card(Texts t, string title, List<CardElement> body, DateOnly workDate, string editVerb, bool canEdit, string closed)
    {
        if (!canEdit) body.Add(new TextBlock(closed) { IsSubtle = true, Wrap = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        return new AdaptiveCard
        {
            Body = body,
            Actions = canEdit ? [DayCardButton.For(editVerb, t["Kickoff_Edit"], workDate, t)] : null,
            Lang = t.CardLanguage,
            FallbackText = title,
        };
    }
}
