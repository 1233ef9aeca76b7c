namespace IronArmy.Core.Scheduling;

/// <summary>
/// A member's leave (请假) as date ranges in the team's calendar. A member on leave is not prompted.
/// </summary>
public static class Leave
{
    public static bool IsOnLeave(IEnumerable<DateRange> leave, DateOnly date) => leave.Any(r => r.Contains(date));

    /// <summary>
    /// Leave after <c>leave …</c>: the new range joined with the existing ones, overlapping or
    /// touching ranges merged. A range that ended before today changes nothing (past days are history).
    /// </summary>
    public static IReadOnlyList<DateRange> Take(IEnumerable<DateRange> leave, DateRange taken, DateOnly today) =>
        taken.End < today ? Merge(leave) : Merge(leave.Append(taken));

    /// <summary>
    /// Leave after <c>back</c>/<c>销假</c>: cancelled from today on, past days kept — a range
    /// running through today ends yesterday, ranges from today on are gone.
    /// </summary>
    public static IReadOnlyList<DateRange> Back(IEnumerable<DateRange> leave, DateOnly today) =>
        Merge(leave
            .Where(r => r.Start < today)
            .Select(r => r.End < today ? r : new DateRange(r.Start, today.AddDays(-1))));

    private static IReadOnlyList<DateRange> Merge(IEnumerable<DateRange> ranges)
    {
        var merged = new List<DateRange>();
        foreach (var r in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && r.Start.DayNumber <= merged[^1].End.DayNumber + 1)
            {
                var last = merged[^1];
                merged[^1] = new DateRange(last.Start, r.End > last.End ? r.End : last.End);
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }
}
