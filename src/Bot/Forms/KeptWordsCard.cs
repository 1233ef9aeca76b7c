using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.Forms;

/// <summary>
/// What a day form (kickoff, recap) becomes when it can no longer be saved: its title, the lines
/// saying when it closed and where the rep's words went, then every word they sent, read-only and
/// named as the form names its inputs (<see cref="FormInputs.Words"/>). No button: nothing on it can
/// be saved, so nothing invites the rep to try.
/// </summary>
public static class KeptWordsCard
{
    public static AdaptiveCard Build(Texts t, string title, IReadOnlyList<string> lines, FormInputs inputs)
    {
        var card = Notice(t, title, lines);
        var words = inputs.Words();
        if (words.Count == 0) return card;
        var body = new List<CardElement>(card.Body) { FormLayout.Section(t["Form_KeptWords"]) };
        foreach (var (name, value) in words)
        {
            body.Add(new TextBlock(name) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Medium });
            body.Add(new TextBlock(value) { Wrap = true, Spacing = Spacing.None });
        }

        return card with { Body = body };
    }

    /// <summary>The title and the lines alone: the form is closed and nothing was sent with it.</summary>
    public static AdaptiveCard Notice(Texts t, string title, IReadOnlyList<string> lines) => new()
    {
        Body =
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new Container([.. lines.Select(line => new TextBlock(line) { Wrap = true, Spacing = Spacing.Small })])
                { Style = ContainerStyle.Warning, Spacing = Spacing.Medium },
        ],
        Lang = t.CardLanguage,
        FallbackText = string.Join(" ", lines),
    };
}
