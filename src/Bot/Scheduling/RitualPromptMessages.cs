using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Rituals;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>The ritual prompts as cards in each recipient's language.</summary>
public sealed class RitualPromptMessages : IRitualMessages
{
    public Activity Build(Ritual ritual, Team team, Member recipient, DateOnly workDate) =>
        CardMessage.Of(RitualPromptCard.Build(Texts.For(recipient.Locale ?? team.Locale), ritual, recipient.Name, team.Name, workDate));
}
