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
    /// The UTC instant of a local wall-clock time on a team date. A time the clocks skip (spring
    /// forward) is moved on by the gap (02:30 → 03:30); a time that happens twice (fall back) is
    /// the first occurrence.
    /// </summary>
    public static DateTime At(DateOnly date, TimeOnly time, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
            offset = zone.GetUtcOffset(local.AddDays(-1)); // the offset before the gap: shifts the time forward by it
        else if (zone.IsAmbiguousTime(local))
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        else
            offset = zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

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
        DueOn(teamIsActive, schedule.TimeZoneId, TeamCalendar.Weekly(schedule.WorkDays), firedForUtc);

    /// <summary>As above, with the team's holidays and make-up work days.</summary>
    public static DateOnly? DueOn(bool teamIsActive, string timeZoneId, TeamCalendar calendar, DateTime firedForUtc)
    {
        if (!teamIsActive) return null;
        var date = Of(firedForUtc, timeZoneId);
        return calendar.IsWorkDay(date) ? date : null;
    }
}
