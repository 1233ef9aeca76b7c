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
            // The time beside each ritual, its name said once at the start of what happens then.
            new FactSet(
            [
                RitualFact(t, schedule, Ritual.Kickoff, "ChannelWelcome_Kickoff"),
                RitualFact(t, schedule, Ritual.EveningShare, "ChannelWelcome_Share"),
                RitualFact(t, schedule, Ritual.Digest, "ChannelWelcome_Digest"),
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

    private static Fact RitualFact(Texts t, TeamSchedule schedule, Ritual ritual, string whatHappensKey) =>
        new(schedule.TimeOf(ritual).ToString("HH:mm"), t.Format("ChannelWelcome_Ritual", t.RitualName(ritual), t[whatHappensKey]));
}
