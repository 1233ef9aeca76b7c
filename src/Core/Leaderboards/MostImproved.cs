namespace IronArmy.Core.Leaderboards;

/// <summary>A rep's value of the board's metric in the previous period and in this one.</summary>
public sealed record Improvement(long MemberId, string Name, long Previous, long Current)
{
    public long Increase => Current - Previous;
}

/// <summary>
/// "Most improved" (domain.md "标杆": lead with the top and the most improved): the largest
/// increase of the board's metric over the previous period, in the metric's own units (an
/// increase, not a ratio — a ratio would crown whoever started from almost nothing).
/// </summary>
/// <remarks>
/// Only reps present in both periods compete: on the team since the previous period began (a rep
/// who joined during it, or during this one, has no full period to improve on) and with at least
/// one shared recap in each. Only a real increase (above zero) counts. No previous activity at all
/// (the team's first period, or a holiday week) or no increase gives nobody. Reps sharing the
/// largest increase are all named, by name then member id.
/// </remarks>
public static class MostImproved
{
    public static IReadOnlyList<Improvement> Of(
        IEnumerable<BoardRep> reps,
        BoardPeriod previous,
        IReadOnlyDictionary<long, RepTotals> current,
        IReadOnlyDictionary<long, RepTotals> previousTotals,
        BoardMetric metric)
    {
        var candidates = reps
            .Where(r => r.JoinedOn <= previous.Start)
            .Select(r => (Rep: r, Now: current.GetValueOrDefault(r.MemberId), Before: previousTotals.GetValueOrDefault(r.MemberId)))
            .Where(c => c.Now is { Days: > 0 } && c.Before is { Days: > 0 })
            .Select(c => new Improvement(c.Rep.MemberId, c.Rep.Name, c.Before!.Of(metric), c.Now!.Of(metric)))
            .Where(i => i.Increase > 0)
            .ToList();
        if (candidates.Count == 0) return [];
        var best = candidates.Max(i => i.Increase);
        return candidates
            .Where(i => i.Increase == best)
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ThenBy(i => i.MemberId)
            .ToList();
    }
}
