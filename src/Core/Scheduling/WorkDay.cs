using IronArmy.Core.Teams;

namespace IronArmy.Core.Scheduling;

/// <summary>
/// Whether a team works on a date, and the work date a ritual fired for. The date itself is the
/// team's own (<see cref="TeamZone.DateOf"/>): a fire at 23:40 UTC is already tomorrow in Shanghai
/// and still today in Los Angeles.
/// </summary>
public static class WorkDay
{
    /// <summary>
    /// Whether a date is worked: a make-up work day always is, a holiday never is, otherwise the
    /// work week decides.
    /// </summary>
    public static bool IsWorkDay(WorkWeek workDays, DateOnly date, DayOverride? dayOverride) => dayOverride switch
    {
        DayOverride.MakeUpWorkDay => true,
        DayOverride.Holiday => false,
        _ => workDays.Contains(date.DayOfWeek),
    };

    /// <summary>
    /// The work date a ritual fired for, or null when nothing is due: the team is inactive
    /// (uninstalled) or that local date is not one of its work days.
    /// </summary>
    public static DateOnly? DueOn(bool teamIsActive, TeamSchedule schedule, DateTime firedForUtc) =>
        DueOn(teamIsActive, schedule.Zone, TeamCalendar.Weekly(schedule.WorkDays), firedForUtc);

    /// <summary>As above, with the team's holidays and make-up work days.</summary>
    public static DateOnly? DueOn(bool teamIsActive, TeamZone zone, TeamCalendar calendar, DateTime firedForUtc)
    {
        if (!teamIsActive) return null;
        var date = zone.DateOf(firedForUtc);
        return calendar.IsWorkDay(date) ? date : null;
    }
}
