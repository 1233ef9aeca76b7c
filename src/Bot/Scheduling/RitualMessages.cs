using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Rituals;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// What each ritual sends, in the recipient's language: the kickoff form and the recap form
/// themselves (pre-filled), and for the digest a prompt card until the digest is built.
/// </summary>
public sealed class RitualPromptMessages(KickoffCards kickoff, RecapCards recap) : IRitualMessages
{
    public async Task<Activity> BuildAsync(Ritual ritual, Team team, Member recipient, DateOnly workDate, CancellationToken ct) => ritual switch
    {
        Ritual.Kickoff => CardMessage.Of(await kickoff.FormAsync(team, recipient, workDate, ct)),
        Ritual.EveningShare => CardMessage.Of(await recap.FormAsync(team, recipient, workDate, ct)),
        _ => CardMessage.Of(RitualPromptCard.Build(Texts.For(recipient.Locale ?? team.Locale), ritual, recipient.Name, team.Name, workDate)),
    };
}
