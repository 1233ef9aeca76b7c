namespace IronArmy.Core.Scheduling;

/// <summary>
/// The days a member was due for the rituals: the team's work days (work week, holidays, make-up
/// days) on which they were not on leave. A rep's "three days running" counts these, so a holiday or
/// a leave between two bad days neither breaks the run nor counts in it.
/// </summary>
public static class DueDays
{
    /// <summary>
    /// Up to <paramref name="count"/> due days before <paramref name="date"/>, most recent first,
    /// looking back at most <paramref name="lookBackDays"/> days (fewer when the calendar has fewer).
    /// </summary>
    public static IReadOnlyList<DateOnly> Before(TeamCalendar calendar, IEnumerable<DateRange> leave, DateOnly date, int count, int lookBackDays = 31)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var ranges = leave as IReadOnlyCollection<DateRange> ?? [.. leave];
        var days = new List<DateOnly>(count);
        for (var d = date.AddDays(-1); days.Count < count && d >= date.AddDays(-lookBackDays); d = d.AddDays(-1))
        {
            if (calendar.IsWorkDay(d) && !Leave.IsOnLeave(ranges, d)) days.Add(d);
        }

        return days;
    }
}
