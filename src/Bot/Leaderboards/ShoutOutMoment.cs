using IronArmy.Bot.Cards;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// One 标杆时刻 as the channel may show it. <see cref="Person"/> is null when the rep opted out of
/// being named: the card then says "a teammate" and leaves out customers and the win, which would
/// give the rep away. <see cref="Win"/> is set only when the rep shared the day's win with the team
/// under their name; a win kept for the manager, or shared anonymously, never comes here.
/// </summary>
public sealed record ShoutOutMoment(ShoutOut Event, ShoutOutPerson? Person, string? Win);

/// <summary>Who a shout-out names: the Teams user id the @mention points at, and the name it shows.</summary>
public sealed record ShoutOutPerson(string TeamsUserId, string Name)
{
    public Mention Mention => Cards.Mention.Of(TeamsUserId, Name);
}
