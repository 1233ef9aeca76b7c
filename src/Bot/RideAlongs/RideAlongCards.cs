using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Bot.RideAlongs;

/// <summary>The ride-along's other cards: the manager's saved summary, the follow-up on its date, the coaching history.</summary>
public static class RideAlongCards
{
    /// <summary>Replaces the manager's form once stored: the whole ride-along, private remarks marked as kept from the rep, and the week so far.</summary>
    public static AdaptiveCard Saved(Texts t, string repName, RideAlong ride, RideAlongRhythm rhythm)
    {
        var title = t.Format("Ride_SavedTitle", t.PersonName(repName));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t["Ride_SavedSent"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
        };
        body.AddRange(CoachingNoteCard.Facts(t, ride.Note));
        if (ride.PrivateRemarks is { } remarks)
        {
            body.Add(new Container(
            [
                new TextBlock(t["Ride_PrivateRemarks"]) { Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(remarks) { Wrap = true, Spacing = Spacing.None },
            ]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        }

        body.Add(new TextBlock(RhythmLine(t, rhythm)) { Wrap = true, Spacing = Spacing.Medium, Weight = TextWeight.Bolder });
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }

    /// <summary>"Ride-alongs this week: 2 of 3".</summary>
    public static string RhythmLine(Texts t, RideAlongRhythm rhythm) => t.Format("Ride_Rhythm", rhythm.Done, rhythm.PerWeek);

    /// <summary>The follow-up on its date: to the rep (<paramref name="forRep"/>) or to the manager, naming the other.</summary>
    public static AdaptiveCard FollowUp(Texts t, bool forRep, string otherName, DateOnly loggedOn, CoachingNote note)
    {
        var title = t.Format(forRep ? "FollowUp_TitleRep" : "FollowUp_TitleManager", t.PersonName(otherName), t.LocalDate(loggedOn));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(note.FollowUp) { Wrap = true, Spacing = Spacing.Small },
            new FactSet(
            [
                new Fact(t["Ride_Customer"], note.Customer),
                new Fact(t["Ride_Skill"], note.Skill),
                new Fact(t["Ride_Stage"], RideAlongWords.Stage(t, note.Stage)),
                new Fact(t["Ride_OneChange"], note.OneChange),
            ]) { Spacing = Spacing.Medium },
        };
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }

    /// <summary>A rep's coaching history: per skill the stages over time, the most recently coached first.</summary>
    public static AdaptiveCard History(Texts t, string repName, IReadOnlyList<SkillProgress> skills, int rideAlongs)
    {
        var title = t.Format("Coaching_Title", t.PersonName(repName));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (skills.Count == 0)
        {
            body.Add(new TextBlock(t["Coaching_None"]) { Wrap = true, IsSubtle = true });
        }
        else
        {
            body.Add(new TextBlock(t.FormatCount("Coaching_Summary", rideAlongs, rideAlongs, skills.Count)) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
            body.AddRange(skills.Select(s => new TextBlock(RideAlongWords.Progress(t, s)) { Wrap = true, Spacing = Spacing.Small }));
            body.Add(new TextBlock(t["Coaching_Legend"]) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }

    /// <summary>Each rep and their last ride-along (or none yet): the overview when no rep is named.</summary>
    public static AdaptiveCard Overview(Texts t, IReadOnlyList<(string Name, DateOnly? Last)> reps)
    {
        var title = t["Coaching_OverviewTitle"];
        var facts = reps.Select(r => new Fact(t.PersonName(r.Name), r.Last is { } last ? t.LocalDate(last) : t["Coaching_NoneYet"])).ToList();
        List<CardElement> body =
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t["Coaching_OverviewHint"]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small },
        ];
        if (facts.Count > 0) body.Add(new FactSet(facts));
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }
}
