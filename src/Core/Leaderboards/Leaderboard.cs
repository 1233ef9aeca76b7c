namespace IronArmy.Core.Leaderboards;

/// <summary>
/// Where one rep stands on a board, for <c>board</c> in their 1:1 chat — also when outside the
/// top, or not ranked at all (nothing yet in the period). <see cref="Ahead"/> is the nearest rep
/// with a higher value (the last of the ranked when the rep is not ranked; null for the first),
/// so the card can say how far the next place is.
/// </summary>
public sealed record Standing(long MemberId, long Value, int? Rank, bool InTop, int RankedCount, BoardEntry? Ahead)
{
    /// <summary>How much more the rep needs to share <see cref="Ahead"/>'s rank; null when nobody is ahead.</summary>
    public long? Gap => Ahead is { } a ? a.Value - Value : null;
}

/// <summary>
/// A team's board for a period: every rep with something in the period ranked by the headline
/// metric (<see cref="Ranked"/>, never published whole), the top to publish, the most improved
/// against the previous period, and the team's total of the metric.
/// </summary>
public sealed record Board(
    BoardPeriod Period,
    BoardMetric Metric,
    int TopSize,
    IReadOnlyList<BoardEntry> Ranked,
    IReadOnlyList<Improvement> MostImproved,
    long TeamTotal,
    IReadOnlyCollection<long> Reps)
{
    /// <summary>
    /// What the channel sees: the ranked reps with rank ≤ <see cref="TopSize"/>. A tie at the last
    /// rank is shown whole (leaving out one of two equal values would be unfair), so this may hold
    /// more than <see cref="TopSize"/> lines; reps with nothing are never here.
    /// </summary>
    public IReadOnlyList<BoardEntry> Top => Ranked.TakeWhile(e => e.Rank <= TopSize).ToList();

    /// <summary>The member's standing, or null when they are not one of the board's members (someone who left).</summary>
    public Standing? StandingOf(long memberId)
    {
        if (!Reps.Contains(memberId)) return null;
        var index = -1;
        for (var i = 0; i < Ranked.Count && index < 0; i++)
        {
            if (Ranked[i].MemberId == memberId) index = i;
        }

        if (index < 0) return new Standing(memberId, 0, null, false, Ranked.Count, Ranked.Count > 0 ? Ranked[^1] : null);
        var mine = Ranked[index];
        BoardEntry? ahead = null;
        for (var i = index - 1; i >= 0 && ahead is null; i--)
        {
            if (Ranked[i].Value > mine.Value) ahead = Ranked[i];
        }

        return new Standing(memberId, mine.Value, mine.Rank, mine.Rank <= TopSize, Ranked.Count, ahead);
    }
}

/// <summary>Builds a <see cref="Board"/> from the team's reps and their totals for the period and the previous one.</summary>
public static class Leaderboard
{
    /// <summary>The method's default: top 10.</summary>
    public const int DefaultTopSize = 10;

    /// <param name="reps">Who the board lists: the team's active members (managers included); totals of anyone else (someone who left) are ignored.</param>
    /// <param name="current">Totals for <paramref name="period"/> by member id; a rep missing has nothing.</param>
    /// <param name="previousTotals">Totals for <paramref name="previous"/> (<see cref="BoardPeriod.Previous"/>).</param>
    public static Board Build(
        BoardPeriod period,
        BoardPeriod previous,
        BoardMetric metric,
        int topSize,
        IReadOnlyCollection<BoardRep> reps,
        IReadOnlyDictionary<long, RepTotals> current,
        IReadOnlyDictionary<long, RepTotals> previousTotals)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topSize);
        var values = reps.Select(r => (r.MemberId, r.Name, Value: current.GetValueOrDefault(r.MemberId)?.Of(metric) ?? 0)).ToList();
        return new Board(
            period,
            metric,
            topSize,
            Ranking.Rank(values),
            Leaderboards.MostImproved.Of(reps, previous, current, previousTotals, metric),
            values.Sum(v => v.Value),
            reps.Select(r => r.MemberId).ToHashSet());
    }
}
