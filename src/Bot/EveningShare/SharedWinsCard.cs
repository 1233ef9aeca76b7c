using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;

namespace IronArmy.Bot.EveningShare;

/// <summary>Today's wins the reps shared with the team, for the channel before the evening meeting.</summary>
public sealed record SharedWinsPost(string TeamName, DateOnly WorkDate, IReadOnlyList<SharedWin> Wins);

/// <summary>
/// The channel post of today's shared wins (拔尖): one card, each win under its author's name — or
/// under "a teammate" when the rep shared it without a name. Nothing on it identifies an anonymous
/// win's author: no name, no member id, no mention, and Core's order (anonymous ones by text).
/// </summary>
/// <remarks>
/// A win may be 1,000 characters and a team has dozens of reps, more than one Teams message holds.
/// Every win is shown; when they do not fit whole, each is cut to the same length so the card
/// does, and the rest is told at the evening meeting, where the sharing happens. Only a team far
/// larger than one evening meeting would also lose its last wins, counted in a closing line.
/// </remarks>
public static class SharedWinsCard
{
    /// <summary>Lengths tried, longest first, when the whole texts do not fit.</summary>
    private static readonly int[] CutLengths = [600, 400, 280, 200, 140, 100, 70, 40];

    public static AdaptiveCard Build(Texts t, SharedWinsPost post)
    {
        var card = Card(t, post, maxLength: null, shown: post.Wins.Count);
        foreach (var length in CutLengths)
        {
            if (Fits(card)) return card;
            card = Card(t, post, length, post.Wins.Count);
        }

        for (var shown = post.Wins.Count - 1; !Fits(card) && shown > 0; shown--)
            card = Card(t, post, CutLengths[^1], shown);
        return card;
    }

    private static bool Fits(AdaptiveCard card) => CardJson.Utf8Size(card) <= CardJson.MaxCardBytes;

    private static AdaptiveCard Card(Texts t, SharedWinsPost post, int? maxLength, int shown)
    {
        var title = t.Format("Wins_Title", t.TeamNameAsTitle(post.TeamName));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t.LocalDate(post.WorkDate)) { IsSubtle = true, Spacing = Spacing.None, Wrap = true },
            new TextBlock(t.FormatCount("Wins_Intro", post.Wins.Count, post.Wins.Count)) { IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Small },
        };
        foreach (var win in post.Wins.Take(shown))
        {
            body.Add(new Container(
            [
                new TextBlock(win.Author is { } author ? t.PersonName(author.Name) : t["Wins_Anonymous"]) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(Cut(win.Text, maxLength)) { Wrap = true, Spacing = Spacing.None },
            ]) { Separator = true, Spacing = Spacing.Medium });
        }

        if (shown < post.Wins.Count)
            body.Add(new TextBlock(t.FormatCount("Wins_More", post.Wins.Count - shown, post.Wins.Count - shown)) { IsSubtle = true, Wrap = true, Spacing = Spacing.Medium });
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }

    /// <summary>Cuts on text elements, so a character outside the BMP is never split in two.</summary>
    private static string Cut(string text, int? maxLength)
    {
        if (maxLength is not { } max) return text;
        var info = new System.Globalization.StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max).TrimEnd() + "…";
    }
}
