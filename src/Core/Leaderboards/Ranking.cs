namespace IronArmy.Core.Leaderboards;

/// <summary>Gold, silver and bronze for ranks 1, 2 and 3 (the commission tiers' colours).</summary>
public enum Medal
{
    Gold,
    Silver,
    Bronze,
}

/// <summary>One line of a board: the rep's rank (shared in a tie) and value of the board's metric.</summary>
public sealed record BoardEntry(int Rank, long MemberId, string Name, long Value)
{
    /// <summary>By rank, not by place: two reps tied first both get gold, and the next is third (bronze).</summary>
    public Medal? Medal => Rank switch
    {
        1 => Leaderboards.Medal.Gold,
        2 => Leaderboards.Medal.Silver,
        3 => Leaderboards.Medal.Bronze,
        _ => null,
    };
}

/// <summary>
/// Competition ranking ("1, 1, 3"): reps with equal values share the rank, and the next rank
/// skips the places they took. Only values above zero are ranked — a rep with nothing in the
/// period is not a last place (domain.md: never publish a bottom list). Within a tie the order is
/// by name (ordinal), then member id, so the same data always gives the same board.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<BoardEntry> Rank(IEnumerable<(long MemberId, string Name, long Value)> reps)
    {
        var sorted = reps
            .Where(r => r.Value > 0)
            .OrderByDescending(r => r.Value)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.MemberId)
            .ToList();
        var entries = new List<BoardEntry>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && sorted[i].Value == sorted[i - 1].Value ? entries[i - 1].Rank : i + 1;
            entries.Add(new BoardEntry(rank, sorted[i].MemberId, sorted[i].Name, sorted[i].Value));
        }

        return entries;
    }
}
