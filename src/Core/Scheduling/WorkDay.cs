using IronArmy.Core.Teams;

namespace IronArmy.Core.Scheduling;

/// <summary>
/// The team's calendar day for an instant: a fire at 23:40 UTC is already tomorrow in Shanghai
/// and still today in Los Angeles, so every per-day key and check uses the team's own date.
/// </summary>
public static class WorkDay
{
    /// <summary>The local date in <paramref name="timeZoneId"/> (IANA) at <paramref name="instantUtc"/>.</summary>
    public static DateOnly Of(DateTime instantUtc, string timeZoneId)
    {
        if (instantUtc.Kind == DateTimeKind.Local)
            throw new ArgumentException("Instants are UTC.", nameof(instantUtc));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(instantUtc, DateTimeKind.Utc), zone);
        return DateOnly.FromDateTime(local);
    }

    /// <summary>
    /// The work date a ritual fired for, or null when nothing is due: the team is inactive
    /// (uninstalled) or that local date is not one of its work days.
    /// </summary>
    public static DateOnly? DueOn(bool teamIsActive, TeamSchedule schedule, DateTime firedForUtc)
    {
        if (!teamIsActive) return null;
        var date = Of(firedForUtc, schedule.TimeZoneId);
        return schedule.WorkDays.Contains(date.DayOfWeek) ? date : null;
    }
}
