using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Cards.Rituals;

/// <summary>
/// The scheduled nudge for a ritual: kickoff and evening share for reps, the digest for managers.
/// The kickoff form, the recap form and the digest content are their own cards (issues 3 and 4).
/// </summary>
public static class RitualPromptCard
{
    public static AdaptiveCard Build(Texts t, Ritual ritual, string personName, string teamName, DateOnly workDate)
    {
        personName = t.PersonName(personName);
        teamName = t.TeamName(teamName);
        var (title, bodyText) = ritual switch
        {
            Ritual.Kickoff => (t.Format("Prompt_Kickoff_Title", t.LocalDate(workDate)), t.Format("Prompt_Kickoff_Body", personName)),
            Ritual.EveningShare => (t.Format("Prompt_Share_Title", t.LocalDate(workDate)), t.Format("Prompt_Share_Body", personName)),
            _ => (t.Format("Prompt_Digest_Title", t.LocalDate(workDate)), t.Format("Prompt_Digest_Body", personName, teamName)),
        };
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock(bodyText) { Wrap = true },
            ],
            Lang = t.CardLanguage,
            FallbackText = title,
        };
    }
}
