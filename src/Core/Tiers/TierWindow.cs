using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Tiers;

/// <summary>
/// Which days a 271 window covers: the team's last <see cref="TierSettings.WindowDays"/> work days up
/// to and including its last day, and of those the days each rep was due (not on leave, already on
/// the team). A rep's measures are per due day, so a week of leave neither lowers nor lifts them.
/// </summary>
public static class TierWindow
{
    /// <summary>How far back work days are looked for: a window of 120 work days fits with holidays.</summary>
    public const int LookBackDays = 400;

    /// <summary>
    /// Up to <paramref name="count"/> work days of <paramref name="calendar"/> ending at <paramref name="last"/>
    /// (included when a work day), most recent first.
    /// </summary>
    public static IReadOnlyList<DateOnly> WorkDays(TeamCalendar calendar, DateOnly last, int count)
    {
        var days = new List<DateOnly>(count);
        for (var d = last; days.Count < count && d > last.AddDays(-LookBackDays); d = d.AddDays(-1))
        {
            if (calendar.IsWorkDay(d)) days.Add(d);
        }

        return days;
    }

    /// <summary>How many of <paramref name="workDays"/> the rep was due: on the team by then and not on leave.</summary>
    public static int DueDays(IEnumerable<DateOnly> workDays, IEnumerable<DateRange> leave, DateOnly joinedOn)
    {
        var ranges = leave as IReadOnlyCollection<DateRange> ?? [.. leave];
        return workDays.Count(d => d >= joinedOn && !Leave.IsOnLeave(ranges, d));
    }
}
