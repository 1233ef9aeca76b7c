using IronArmy.Bot.Conversations;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Help;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Onboarding;

/// <summary>The first 1:1 message a person gets: what the bot will ask of them and when, and buttons to start.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(Texts t, string personName, string teamName, MemberRole role, TeamSchedule schedule)
    {
        var title = string.IsNullOrWhiteSpace(personName) ? t["Welcome_TitleNoName"] : t.Format("Welcome_Title", personName);
        teamName = t.TeamName(teamName);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t.Format("Welcome_Intro", personName, teamName)) { Wrap = true },
            new TextBlock(t.Format("Welcome_YourRole", t.RoleName(role))) { Wrap = true, IsSubtle = true },
            new TextBlock(t.Format("Welcome_RepDay", schedule.Kickoff.ToString("HH:mm"), schedule.EveningShare.ToString("HH:mm"))) { Wrap = true },
        };
        if (role == MemberRole.Manager)
        {
            body.Add(new TextBlock(t.Format("Welcome_ManagerDay", schedule.Digest.ToString("HH:mm"))) { Wrap = true });
        }

        body.Add(new TextBlock(t.Format("ChannelWelcome_Schedule", t.WorkDays(schedule.WorkDays), schedule.Zone.Id)) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        body.Add(new TextBlock(t["Welcome_HelpHint"]) { Wrap = true, IsSubtle = true });
        return new AdaptiveCard { Body = body, Actions = HelpCard.StartButtons(t, role), Lang = t.CardLanguage, FallbackText = title };
    }
}
