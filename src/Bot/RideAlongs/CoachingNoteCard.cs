using System.Globalization;
using System.Text.Json.Nodes;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// The coaching note a rep gets in their 1:1 chat after a ride-along: built from Core's
/// <see cref="CoachingNote"/>, which has no room for the manager's private remarks. One button
/// acknowledges it; the acknowledged version replaces the card without it.
/// </summary>
public static class CoachingNoteCard
{
    public const string AcknowledgeVerb = "ridealong.ack";

    /// <summary>Where the ride-along's id travels in the button's data.</summary>
    public const string RideAlongIdKey = "rideAlongId";

    public static AdaptiveCard Build(Texts t, long rideAlongId, string managerName, DateOnly loggedOn, CoachingNote note, DateTime? acknowledgedLocal = null)
    {
        var title = t.Format("Note_Title", t.PersonName(managerName), t.LocalDate(loggedOn));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        body.AddRange(Facts(t, note));
        if (acknowledgedLocal is { } at)
            body.Add(new TextBlock(t.Format("Note_Acknowledged", t.LocalDateTime(at))) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });

        return new AdaptiveCard
        {
            Body = body,
            Actions = acknowledgedLocal is null
                ?
                [
                    new ExecuteAction(AcknowledgeVerb)
                    {
                        Title = t["Note_Acknowledge"],
                        Data = new JsonObject { [RideAlongIdKey] = rideAlongId.ToString(CultureInfo.InvariantCulture), [DayCardButton.LanguageKey] = t.Language },
                    }.WithSubmitFallback(),
                ]
                : null,
            Lang = t.CardLanguage,
            FallbackText = title,
        };
    }

    /// <summary>The note's lines, shared with the follow-up: customer, stage, skill, what went well, the change, the follow-up.</summary>
    public static IReadOnlyList<CardElement> Facts(Texts t, CoachingNote note)
    {
        var facts = new List<Fact>
        {
            new(t["Ride_Customer"], note.Customer),
            new(t["Ride_Stage"], RideAlongWords.Stage(t, note.Stage)),
            new(t["Ride_Skill"], note.Skill),
        };
        var items = new List<CardElement> { new FactSet(facts) };
        if (note.WentWell is { } well) items.AddRange(Paragraph(t["Ride_WentWell"], well));
        items.AddRange(Paragraph(t["Ride_OneChange"], note.OneChange));
        items.AddRange(Paragraph(t.Format("Note_FollowUpOn", t.LocalDate(note.FollowUpOn)), note.FollowUp));
        return items;
    }

    private static IEnumerable<CardElement> Paragraph(string heading, string text) =>
    [
        new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
        new TextBlock(text) { Wrap = true, Spacing = Spacing.None },
    ];
}
