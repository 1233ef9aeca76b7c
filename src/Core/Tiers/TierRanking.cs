namespace IronArmy.Core.Tiers;

/// <summary>
/// One rep in a 271 ranking. A ranked rep has a <see cref="Rank"/> (shared in a tie), a
/// <see cref="Score"/> (100 = the team's average rep) and each measure's <see cref="Ratios"/>; a
/// rep with too few due days is <see cref="Tier.NotYetRanked"/> and has neither.
/// </summary>
/// <param name="PullsDown">The measure that costs the score most (its weight times its shortfall under 1); null when none is below the average.</param>
public sealed record RepTier(
    RepWindow Window,
    Tier Tier,
    int? Rank,
    double? Score,
    IReadOnlyDictionary<TierMeasure, double> Ratios,
    TierMeasure? PullsDown)
{
    public long MemberId => Window.MemberId;

    public string Name => Window.Name;

    public bool IsRanked => Tier != Tier.NotYetRanked;
}

/// <summary>
/// The 271 ranking of a team over a window (domain.md "271"). The score: each measure per due day
/// relative to the ranked reps' average (visits relative to the team's standard, since visits have
/// one), each ratio capped at <see cref="Cap"/> so one huge deal cannot carry a rep, weighted by the
/// team's weights and scaled so the average rep scores 100.
/// </summary>
/// <remarks>
/// Tiers by competition rank (ties share the better tier): the top 20% rounded half up are "2"
/// (none below 3 reps), the bottom 10% rounded down are "1" (so a "1" needs at least 10 ranked
/// reps), the rest "7", its better half (rounded up) the upper "7".
/// </remarks>
public sealed record TierRanking(IReadOnlyList<RepTier> Reps, IReadOnlyDictionary<TierMeasure, double> Averages, int RankedCount)
{
    public const double Cap = 2.0;

    public static TierRanking Empty { get; } = new([], new Dictionary<TierMeasure, double>(), 0);

    public RepTier? For(long memberId) => Reps.FirstOrDefault(r => r.MemberId == memberId);

    /// <param name="standardVisits">The team's daily visit standard; 0 makes visits count as met.</param>
    public static TierRanking Of(IEnumerable<RepWindow> windows, TierSettings settings, int standardVisits)
    {
        var all = windows.ToList();
        var ranked = all.Where(w => w.DueDays >= settings.MinDueDays && w.DueDays > 0).ToList();
        var averages = TierWeights.Measures.ToDictionary(
            m => m,
            m => m == TierMeasure.Visits ? standardVisits : ranked.Count == 0 ? 0 : ranked.Average(w => w.PerDay(m)));

        var scored = ranked
            .Select(w =>
            {
                var ratios = TierWeights.Measures.ToDictionary(m => m, m => Ratio(w.PerDay(m), averages[m]));
                return (Window: w, Ratios: ratios, Score: Score(ratios, settings.Weights));
            })
            // Rounded so float noise never splits a tie; then by name and id for a stable order.
            .OrderByDescending(s => Math.Round(s.Score, 6))
            .ThenBy(s => s.Window.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Window.MemberId)
            .ToList();

        var n = scored.Count;
        var twos = (2 * n + 5) / 10;
        var ones = n / 10;
        var sevens = n - twos - ones;
        var upper = (sevens + 1) / 2;
        var reps = new List<RepTier>(all.Count);
        for (var i = 0; i < n; i++)
        {
            var s = scored[i];
            // Competition rank: a tie takes the best place of the group, so a tie never splits a tier.
            var rank = i > 0 && Math.Round(scored[i - 1].Score, 6) == Math.Round(s.Score, 6) ? reps[i - 1].Rank!.Value : i + 1;
            var tier = rank <= twos ? Tier.Two
                : rank <= twos + upper ? Tier.UpperSeven
                : rank <= n - ones ? Tier.LowerSeven
                : Tier.One;
            reps.Add(new RepTier(s.Window, tier, rank, s.Score, s.Ratios, PullsDown(s.Ratios, settings.Weights)));
        }

        reps.AddRange(all.Except(ranked)
            .OrderBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.MemberId)
            .Select(w => new RepTier(w, Tier.NotYetRanked, null, null, new Dictionary<TierMeasure, double>(), null)));
        return new TierRanking(reps, averages, n);
    }

    /// <summary>A measure against its reference, capped; with no reference (nobody did any, or no standard) everyone is at it.</summary>
    public static double Ratio(double perDay, double reference) => reference <= 0 ? 1 : Math.Min(Cap, perDay / reference);

    /// <summary>The weighted mean of the ratios, ×100.</summary>
    public static double Score(IReadOnlyDictionary<TierMeasure, double> ratios, TierWeights weights) =>
        100.0 * TierWeights.Measures.Sum(m => weights.Of(m) * ratios[m]) / weights.Sum;

    private static TierMeasure? PullsDown(IReadOnlyDictionary<TierMeasure, double> ratios, TierWeights weights)
    {
        var worst = TierWeights.Measures
            .Select(m => (Measure: m, Cost: weights.Of(m) * (1 - ratios[m])))
            .OrderByDescending(c => c.Cost)
            .First();
        return worst.Cost > 1e-9 ? worst.Measure : null;
    }
}

/// <summary>A rep now and a week (or a month) earlier: the trend on the card, the flag in the digest.</summary>
public sealed record TierMovement(RepTier Now, Tier? Before, double? ScoreBefore)
{
    public TierTrend Trend => Now.Tier.TrendFrom(Before);

    /// <summary>Changed tier since the earlier ranking (both ranked, or ranked now and not before, or the reverse).</summary>
    public bool Changed => Before is not null && Before != Now.Tier;

    public static IReadOnlyList<TierMovement> Between(TierRanking now, TierRanking before)
    {
        // By id: a thousand reps looked up one by one in a list would be a million comparisons.
        var earlier = before.Reps.ToDictionary(r => r.MemberId);
        return [.. now.Reps.Select(r => earlier.TryGetValue(r.MemberId, out var b) ? new TierMovement(r, b.Tier, b.Score) : new TierMovement(r, null, null))];
    }
}
