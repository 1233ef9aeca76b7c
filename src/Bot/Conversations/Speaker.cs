using IronArmy.Data.Teams;

namespace IronArmy.Bot.Conversations;

/// <summary>The person who sent a command, and the team it applies to.</summary>
public sealed record Speaker(Member Member, Team Team, bool InChannel);
