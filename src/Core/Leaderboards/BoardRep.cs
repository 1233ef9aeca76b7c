namespace IronArmy.Core.Leaderboards;

/// <summary>
/// Someone the board may list: an active member of the team — a rep, or a manager, whose numbers
/// count when they sell — with their display name and the team date they joined (someone who joined
/// after the previous period began is not compared for "most improved").
/// </summary>
public sealed record BoardRep(long MemberId, string Name, DateOnly JoinedOn);
