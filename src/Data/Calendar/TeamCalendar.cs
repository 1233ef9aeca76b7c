using IronArmy.Core.Teams;

namespace IronArmy.Data.Calendar;

/// <summary>
/// A team's work week together with the manager's exceptions for a range of dates: what the
/// holiday and make-up day rows mean when read back.
/// </summary>
public sealed class TeamCalendar(WorkWeek workDays, IEnumerable<TeamCalendarDay> days)
{
    private readonly Dictionary<DateOnly, TeamDayKind> exceptions = days.ToDictionary(d => d.Date, d => d.Kind);

    public WorkWeek WorkDays { get; } = workDays;

    public IReadOnlyDictionary<DateOnly, TeamDayKind> Exceptions => exceptions;

    /// <summary>A make-up day works and a holiday does not, whatever the weekday; otherwise the work week decides.</summary>
    public bool IsWorkDay(DateOnly date) => exceptions.TryGetValue(date, out var kind)
        ? kind == TeamDayKind.Workday
        : WorkDays.Contains(date.DayOfWeek);
}
