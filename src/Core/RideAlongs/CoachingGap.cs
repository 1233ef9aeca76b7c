using IronArmy.Core.Scheduling;
using IronArmy.Core.Tiers;

namespace IronArmy.Core.RideAlongs;

/// <summary>
/// Whether a rep has gone without a ride-along for too long — for the digest to name the reps who
/// need a manager beside them (tier 1 and the lower 7 of the 271) and have not had one.
/// </summary>
public static class CoachingGap
{
    /// <summary>The work days a rep who needs help first may go without a ride-along before the digest names them (domain.md "中间抓陪访").</summary>
    public const int DigestWorkDays = 10;

    /// <summary>
    /// The reps the digest names for a ride-along: tier 1 and the lower 7 with none in the last
    /// <see cref="DigestWorkDays"/> work days, the worst tier first, as the 271's digest lines run.
    /// </summary>
    /// <param name="lastPerRep">Each rep's last ride-along work date; a rep missing from it never had one.</param>
    public static IReadOnlyList<RideAlongDue> RepsToRideWith(IEnumerable<RepTier> reps, IReadOnlyDictionary<long, DateOnly> lastPerRep, DateOnly today, TeamCalendar calendar) =>
    [
        .. reps
            .Where(r => r.Tier.NeedsHelpFirst())
            .Select(r => new RideAlongDue(r.MemberId, r.Name, r.Tier, lastPerRep.TryGetValue(r.MemberId, out var last) ? last : null))
            .Where(due => NoRideAlongIn(DigestWorkDays, due.LastRideAlong, today, calendar))
            .OrderByDescending(due => due.Tier).ThenBy(due => due.Name, StringComparer.Ordinal),
    ];

    /// <summary>
    /// True when no ride-along fell on any of the last <paramref name="workDays"/> work days up to and
    /// including <paramref name="today"/> (today counts when it is a work day; holidays and days off are
    /// skipped), or there never was one. A ride-along dated after today does not count.
    /// </summary>
    /// <param name="calendar">The team's calendar; needs to cover the days looked back over.</param>
    public static bool NoRideAlongIn(int workDays, DateOnly? last, DateOnly today, TeamCalendar calendar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workDays, 1);
        if (last is not { } lastDate || lastDate > today) return true;
        return lastDate < WindowStart(workDays, today, calendar);
    }

    /// <summary>The earliest of the last <paramref name="workDays"/> work days up to today; a team without work days looks back that many calendar days.</summary>
    public static DateOnly WindowStart(int workDays, DateOnly today, TeamCalendar calendar)
    {
        var day = today;
        var counted = calendar.IsWorkDay(today) ? 1 : 0;
        var start = counted == 1 ? today : (DateOnly?)null;
        // A year back is far more than any team's holidays; past it the calendar has no work days at all.
        for (var back = 1; counted < workDays && back <= 366; back++)
        {
            day = today.AddDays(-back);
            if (!calendar.IsWorkDay(day)) continue;
            counted++;
            start = day;
        }

        return counted == workDays && start is { } s ? s : today.AddDays(1 - workDays);
    }
}

/// <summary>A rep the digest names for a ride-along, with their last one (null: never).</summary>
public sealed record RideAlongDue(long MemberId, string Name, Tier Tier, DateOnly? LastRideAlong);
