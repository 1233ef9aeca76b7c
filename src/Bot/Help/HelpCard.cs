using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Help;

/// <summary>
/// The answer to help/帮助: buttons for the next thing to do, then the commands of this person's
/// role in a few groups, an example each, in their language.
/// </summary>
public static class HelpCard
{
    public static AdaptiveCard Build(Texts t, MemberRole role, TeamSchedule schedule, bool inChannel)
    {
        List<CardElement> body =
        [
            new TextBlock(t["Help_Title"]) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(t.Format("Help_Rhythm", schedule.Kickoff.ToString("HH:mm"), schedule.EveningShare.ToString("HH:mm"), schedule.Digest.ToString("HH:mm"), t.WorkDays(schedule.WorkDays))) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small },
            new ActionSet(StartButtons(t, role)),
            Heading(t["Help_ForEveryone"]),
            .. Commands(t, "Help_Day", "Help_Boards"),
        ];
        if (role == MemberRole.Manager)
        {
            body.Add(Heading(t["Help_ForManagers"]));
            body.AddRange(Commands(t, "Help_Now", "Help_Coaching", "Help_Times", "Help_Calendar", "Help_Standard", "Help_Channel", "Help_Team"));
        }

        if (inChannel) body.Add(new TextBlock(t["Help_InChannel"]) { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium });
        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = t["Help_Title"] };
    }

    /// <summary>
    /// The next things to do, as buttons that say the command (pressing one is typing it):
    /// plan, recap, board, and for a manager the team's settings (<c>status</c>).
    /// </summary>
    public static IReadOnlyList<CardAction> StartButtons(Texts t, MemberRole role)
    {
        var buttons = new List<CardAction>
        {
            CommandButton.For(t["Button_Plan"], t["Command_Plan"]),
            CommandButton.For(t["Button_Recap"], t["Command_Recap"]),
            CommandButton.For(t["Button_Board"], t["Command_Board"]),
        };
        if (role == MemberRole.Manager) buttons.Add(CommandButton.For(t["Button_Settings"], t["Command_Status"]));
        return buttons;
    }

    private static TextBlock Heading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    /// <summary>
    /// One paragraph per group: its name in bold, then its commands as examples to copy. Not a
    /// FactSet: on a phone its name column shrinks to a character a line in Chinese.
    /// </summary>
    private static IEnumerable<RichTextBlock> Commands(Texts t, params string[] groups) =>
        groups.Select(g => new RichTextBlock([new TextRun(t[g] + " ") { Weight = TextWeight.Bolder }, new TextRun(t[g + "Commands"])]) { Spacing = Spacing.Small });
}
