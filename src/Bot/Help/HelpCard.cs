using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Help;

/// <summary>The answer to help/帮助: what this person's role can do, in their language.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(Texts t, MemberRole role, TeamSchedule schedule, bool inChannel)
    {
        var body = new List<CardElement>
        {
            new TextBlock(t["Help_Title"]) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t.Format("Help_Rhythm", schedule.Kickoff.ToString("HH:mm"), schedule.EveningShare.ToString("HH:mm"), schedule.Digest.ToString("HH:mm"), t.WorkDays(schedule.WorkDays))) { Wrap = true, IsSubtle = true },
            new TextBlock(t["Help_ForEveryone"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new TextBlock(t["Help_Help"]) { Wrap = true },
        };
        foreach (var key in new[] { "Help_Plan", "Help_Recap", "Help_Leave", "Help_Back", "Help_Board", "Help_ShoutOuts" })
        {
            body.Add(new TextBlock(t[key]) { Wrap = true, Spacing = Spacing.Small });
        }

        if (role == MemberRole.Manager)
        {
            body.Add(new TextBlock(t["Help_ForManagers"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            foreach (var key in new[]
            {
                "Help_Status", "Help_KickoffNow", "Help_ShareNow", "Help_DigestNow", "Help_SetTimeZone", "Help_SetKickoff", "Help_SetShare", "Help_SetDigest", "Help_SetWorkDays", "Help_SetCurrency",
                "Help_Holiday", "Help_Workday", "Help_SetStandard", "Help_SetReminders", "Help_SetShareReminders", "Help_SetShareWins", "Help_AddManager",
                "Help_BoardNow", "Help_BattleMonth", "Help_SetBoard", "Help_SetShoutOuts",
            })
            {
                body.Add(new TextBlock(t[key]) { Wrap = true, Spacing = Spacing.Small });
            }
        }

        if (inChannel) body.Add(new TextBlock(t["Help_InChannel"]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = t["Help_Title"] };
    }
}
