namespace IronArmy.Core.Leaderboards;

/// <summary>
/// A rep the board may list: an active rep of the team, with their display name and the team date
/// they joined (a rep who joined after the previous period began is not compared for "most improved").
/// </summary>
public sealed record BoardRep(long MemberId, string Name, DateOnly JoinedOn);
