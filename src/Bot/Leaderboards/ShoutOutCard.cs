using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// 标杆时刻 in the team channel: several moments in one post, each naming its rep with a real Teams
/// @mention (the <c>&lt;at&gt;</c> text in the line and the entity in <c>msteams.entities</c>), and
/// the rep's win in their own words when they shared it with the team under their name.
/// </summary>
public static class ShoutOutCard
{
    /// <summary>A post holds at most this many moments; more wait for the next post.</summary>
    public const int MaxMoments = 12;

    /// <summary>A quoted win is cut here: the channel gets the gist, the evening meeting the story.</summary>
    public const int MaxWinLength = 280;

    public static AdaptiveCard Build(Texts t, IReadOnlyList<ShoutOutMoment> moments, string currencyCode)
    {
        if (moments.Count is 0 or > MaxMoments)
            throw new ArgumentOutOfRangeException(nameof(moments), moments.Count, $"A shout-out post holds 1 to {MaxMoments} moments.");

        var title = t["ShoutOut_Title"];
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true } };
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var moment in moments)
        {
            var items = new List<CardElement> { new TextBlock(Line(t, moment, currencyCode)) { Wrap = true } };
            // One quote per rep and post, under their first moment.
            if (moment is { Person: { } person, Win: { Length: > 0 } win } && quoted.Add(person.TeamsUserId))
            {
                items.Add(new TextBlock(t.Format("ShoutOut_WinBy", person.Mention.Text)) { Wrap = true, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small });
                items.Add(new TextBlock(t.Format("ShoutOut_WinQuote", Shortened(win))) { Wrap = true, Spacing = Spacing.None });
            }

            body.Add(new Container(items) { Spacing = Spacing.Medium, Separator = body.Count > 1 });
        }

        // One entity per person, however often they appear: Teams pairs each <at> text with its entity.
        var mentions = moments.Select(m => m.Person).OfType<ShoutOutPerson>()
            .DistinctBy(p => p.TeamsUserId).Select(p => p.Mention).ToList();
        return new AdaptiveCard
        {
            Body = body,
            Lang = t.CardLanguage,
            FallbackText = title,
            MsTeams = mentions.Count > 0 ? new TeamsCardProperties { Entities = mentions } : null,
        };
    }

    /// <summary>The moment in one sentence; without a person, "a teammate" and no customer.</summary>
    public static string Line(Texts t, ShoutOutMoment moment, string currencyCode)
    {
        var named = moment.Person is not null;
        var who = moment.Person?.Mention.Text ?? t["ShoutOut_Teammate"];
        return moment.Event switch
        {
            FirstSigningOfDay e => t.Format(named ? "ShoutOut_FirstSigning" : "ShoutOut_FirstSigningPrivate", who, t.Money(e.AmountMinor, currencyCode), e.Customer),
            BiggestDealOfWeek e => t.Format(named ? "ShoutOut_BiggestDeal" : "ShoutOut_BiggestDealPrivate",
                who, t.Money(e.AmountMinor, currencyCode), e.Customer, t.Money(e.PreviousBiggestMinor, currencyCode)),
            MillionClubCrossing e => t.Format("ShoutOut_MillionClub", who, t.Money(e.ThresholdMinor, currencyCode), t[$"ShoutOut_Club_{e.Period}"]),
            ValidNewStreak e => t.FormatCount("ShoutOut_Streak", e.ValidNewStandard, who, e.Days, e.ValidNewStandard),
            AConversion e => t.Format(named ? "ShoutOut_AConversion" : "ShoutOut_AConversionPrivate", who, e.Customer, t.ClassMoveName(e.From, ClassAfter.A)),
            _ => throw new ArgumentOutOfRangeException(nameof(moment), moment.Event.GetType().Name, "Not a shout-out this card knows."),
        };
    }

    private static string Shortened(string win)
    {
        var text = win.Trim();
        return text.Length <= MaxWinLength ? text : text[..(MaxWinLength - 1)].TrimEnd() + "…";
    }
}
