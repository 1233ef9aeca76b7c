using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// A run of work days meeting the valid-new standard (3 valid new customers by default). Only the
/// rep's due days count: days off, team holidays and the rep's leave are stepped over — they
/// neither extend nor break the run. A due day below the standard, or without a recap, breaks it.
/// </summary>
public static class ValidNewStreaks
{
    /// <summary>The method's default length of a streak worth a shout-out.</summary>
    public const int DefaultDays = 5;

    /// <summary>
    /// The run ending on <paramref name="through"/>: 0 when that day is not due or did not meet the
    /// standard. <paramref name="metOn"/> holds the rep's shared days (true = met) from
    /// <paramref name="knownSince"/> on; null when the run goes back past that date, so its length
    /// is not known (counting only the known part would tell a long run as a short one).
    /// </summary>
    public static int? Length(
        DateOnly through,
        TeamCalendar calendar,
        IReadOnlyCollection<DateRange> leave,
        IReadOnlyDictionary<DateOnly, bool> metOn,
        DateOnly knownSince)
    {
        if (!IsDue(through, calendar, leave)) return 0;
        var length = 0;
        for (var d = through; d >= knownSince; d = d.AddDays(-1))
        {
            if (!IsDue(d, calendar, leave)) continue;
            if (!metOn.TryGetValue(d, out var met) || !met) return length;
            length++;
        }

        return null;
    }

    public static bool IsDue(DateOnly date, TeamCalendar calendar, IReadOnlyCollection<DateRange> leave) =>
        calendar.IsWorkDay(date) && !Leave.IsOnLeave(leave, date);
}
