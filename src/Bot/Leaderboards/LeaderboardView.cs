using IronArmy.Bot.Cards;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// What a board card shows: the ranked <see cref="Board"/>, each rep's totals for the secondary
/// figures, the team's month progress and, in a 大战月, its countdown. <see cref="Asker"/> is set
/// only for a private board (<c>board</c> in 1:1): the asker's own standing, even outside the top.
/// </summary>
/// <param name="Totals">The period's totals by member id (the board's reps; a rep absent has nothing).</param>
public sealed record LeaderboardView(string TeamName, Board Board, IReadOnlyDictionary<long, RepTotals> Totals, string CurrencyCode)
{
    /// <summary>The team's signed amount this month against the sum of its members' month targets.</summary>
    public MonthProgress? Month { get; init; }

    /// <summary>Set when the board's month is a battle month.</summary>
    public BattleCountdown? Battle { get; init; }

    /// <summary>The asker's standing on a private board (a manager's too: they are on the board); null on the channel's board.</summary>
    public Standing? Asker { get; init; }

    /// <summary>True for the board answering <c>board</c> privately: it adds the other periods' commands.</summary>
    public bool IsPrivate { get; init; }
}
