using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Rituals;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// What each ritual sends, in the recipient's language: the kickoff form itself (pre-filled), and
/// for the evening share and the digest a prompt card until their own cards exist.
/// </summary>
public sealed class RitualPromptMessages(KickoffCards kickoff) : IRitualMessages
{
    public async Task<Activity> BuildAsync(Ritual ritual, Team team, Member recipient, DateOnly workDate, CancellationToken ct) =>
        ritual == Ritual.Kickoff
            ? CardMessage.Of(await kickoff.FormAsync(team, recipient, workDate, ct))
            : CardMessage.Of(RitualPromptCard.Build(Texts.For(recipient.Locale ?? team.Locale), ritual, recipient.Name, team.Name, workDate));
}
