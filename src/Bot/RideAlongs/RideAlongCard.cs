using IronArmy.Bot.Cards;
using IronArmy.Bot.Forms;
using IronArmy.Bot.Resources;
using IronArmy.Core.Forms;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// The manager's card to log a ride-along (domain.md "中间抓陪访"): the rep, the customer, the stage of
/// the 16-character method, the skill, what went well, the one thing to change, the follow-up and its
/// date, and remarks only the manager keeps. Values and problems come from Core's <see cref="RideAlongForm"/>.
/// </summary>
public static class RideAlongCard
{
    public const string SubmitVerb = "ridealong.submit";

    public static AdaptiveCard Build(Texts t, RideAlongFormView form)
    {
        var inputs = new FormInputs(t, form.Values, form.Problems) { Required = RideAlongInputs.Required, WrapToggles = true };
        inputs.Explain(RideAlongInputs.Rep, FieldProblemKind.UnknownChoice, t["Ride_Problem_UnknownRep"]);
        inputs.Explain(RideAlongInputs.FollowUpOn, FieldProblemKind.OutOfRange, t.Format("Ride_Problem_FollowUpTooFar", RideAlongLimits.MaxFollowUpDays));
        foreach (var id in RideAlongInputs.All)
            if (RideAlongForm.MaxLength(id) is { } max) inputs.Explain(id, FieldProblemKind.TooLong, t.Format("Ride_Problem_TooLong", max));
        var title = t["Ride_Title"];
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t["Ride_Intro"]) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
        };
        if (form.Notices.Count > 0)
        {
            body.Add(new Container([.. form.Notices.Select(line => new TextBlock(line) { Wrap = true, Spacing = Spacing.Small })])
                { Style = ContainerStyle.Warning, Spacing = Spacing.Medium });
        }

        var summaryAt = body.Count;
        body.AddRange(inputs.Choice(RideAlongInputs.Rep, t["Ride_Rep"], ChoiceInputStyle.Compact,
            form.Reps.Select(r => new Choice(t.PersonName(r.Name), RideAlongForm.RepValue(r.MemberId)))));
        body.AddRange(inputs.Text(RideAlongInputs.Customer, t["Ride_Customer"], t["Ride_CustomerPlaceholder"]));
        if (form.PlannedCustomers.Count > 0)
            body.Add(FormLayout.Hint(t.Format("Ride_PlannedToday", string.Join(t["Ride_ListSeparator"], form.PlannedCustomers))));

        body.Add(FormLayout.Section(t["Ride_Coaching"]));
        body.AddRange(inputs.Choice(RideAlongInputs.Stage, t["Ride_Stage"], ChoiceInputStyle.Expanded,
            CoachingStages.All.Select(s => new Choice(RideAlongWords.Stage(t, s), CoachingStages.Of(s)))));
        body.AddRange(inputs.Text(RideAlongInputs.Skill, t["Ride_Skill"], t["Ride_SkillPlaceholder"]));
        body.AddRange(inputs.LongText(RideAlongInputs.WentWell, t["Ride_WentWell"], t["Ride_WentWellPlaceholder"], RideAlongLimits.MaxTextLength));
        body.AddRange(inputs.LongText(RideAlongInputs.OneChange, t["Ride_OneChange"], t["Ride_OneChangePlaceholder"], RideAlongLimits.MaxTextLength));
        body.AddRange(inputs.LongText(RideAlongInputs.FollowUp, t["Ride_FollowUp"], t["Ride_FollowUpPlaceholder"], RideAlongLimits.MaxTextLength));
        // The client checks the date against its minimum with the input's one message: "Required" under a past date misleads.
        inputs.Explain(RideAlongInputs.FollowUpOn, FieldProblemKind.Required, t["Ride_FollowUpOnRequired"]);
        body.AddRange(inputs.Date(RideAlongInputs.FollowUpOn, t["Ride_FollowUpOn"], form.Today));

        body.Add(FormLayout.Section(t["Ride_PrivateSection"]));
        body.Add(FormLayout.Hint(t["Ride_PrivateHint"]));
        body.AddRange(inputs.LongText(RideAlongInputs.PrivateRemarks, t["Ride_PrivateRemarks"], t["Ride_PrivateRemarksPlaceholder"], RideAlongLimits.MaxTextLength));

        if (form.Problems.Count > 0) body.Insert(summaryAt, FormLayout.ProblemSummary(t, form.Problems, inputs));

        return new AdaptiveCard
        {
            Body = body,
            Actions = [DayCardButton.For(SubmitVerb, t["Ride_Submit"], form.Today, t)],
            Lang = t.CardLanguage,
            FallbackText = title,
            MsTeams = TeamsCardProperties.FullWidth,
        };
    }
}
