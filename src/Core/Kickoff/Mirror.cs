namespace IronArmy.Core.Kickoff;

/// <summary>
/// 照镜子: today's planned visits of the team's reps who have submitted (the rep included), as the
/// median and the highest. The median of an even count is the mean of the two middle values, so it
/// is whole or exactly .5 — kept exact as a decimal, never rounded; the card shows "6.5". No
/// submissions yet: both null.
/// </summary>
public sealed record TeamMirror(int Reps, decimal? Median, int? Highest)
{
    public static TeamMirror Of(IEnumerable<int> plannedVisits)
    {
        var sorted = plannedVisits.Order().ToArray();
        if (sorted.Length == 0) return new TeamMirror(0, null, null);
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
        return new TeamMirror(sorted.Length, median, sorted[^1]);
    }
}

/// <summary>
/// Yesterday's plan against yesterday's actual visits. <see cref="ActualVisits"/> is null while
/// not yet known (no evening share yet, or the rep did not share); then nothing is compared.
/// </summary>
public sealed record PlanVersusActual(DateOnly WorkDate, int PlannedVisits, int? ActualVisits)
{
    public bool ActualKnown => ActualVisits is not null;

    /// <summary>Actual minus planned: negative when short, null while actual is unknown.</summary>
    public int? Difference => ActualVisits - PlannedVisits;

    public bool? Met => ActualVisits is { } actual ? actual >= PlannedVisits : null;
}
