using IronArmy.Bot.Conversations;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Onboarding;

/// <summary>Posted to the team channel on install: the daily rhythm the team will run, and who manages it.</summary>
public static class ChannelWelcomeCard
{
    public static AdaptiveCard Build(Texts t, string teamName, TeamSchedule schedule, IReadOnlyList<(string UserId, string Name)> managers)
    {
        teamName = t.TeamName(teamName);
        var body = new List<CardElement>
        {
            new TextBlock(t.Format("ChannelWelcome_Title", teamName)) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t["ChannelWelcome_Intro"]) { Wrap = true },
            new FactSet(
            [
                new Fact(schedule.Kickoff.ToString("HH:mm") + " " + t.RitualName(Ritual.Kickoff), t["ChannelWelcome_Kickoff"]),
                new Fact(schedule.EveningShare.ToString("HH:mm") + " " + t.RitualName(Ritual.EveningShare), t["ChannelWelcome_Share"]),
                new Fact(schedule.Digest.ToString("HH:mm") + " " + t.RitualName(Ritual.Digest), t["ChannelWelcome_Digest"]),
            ]),
            new TextBlock(t["ChannelWelcome_Benchmarks"]) { Wrap = true },
            new TextBlock(t.Format("ChannelWelcome_Schedule", t.WorkDays(schedule.WorkDays), schedule.Zone.Id)) { Wrap = true, IsSubtle = true },
        };

        var mentions = managers.Where(m => !string.IsNullOrWhiteSpace(m.Name)).Select(m => Mention.Of(m.UserId, m.Name)).ToList();
        if (mentions.Count > 0)
        {
            body.Add(new TextBlock(t.Format("ChannelWelcome_Manager", string.Join(", ", mentions.Select(m => m.Text)))) { Wrap = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Lang = t.CardLanguage,
            FallbackText = t.Format("ChannelWelcome_Title", teamName),
            MsTeams = mentions.Count > 0 ? new TeamsCardProperties { Entities = mentions } : null,
        };
    }
}
