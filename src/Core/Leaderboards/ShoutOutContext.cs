using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// What the team had around a rep's save, read by Data right after it (so this save is included
/// where it matters and left out where it must be).
/// </summary>
/// <param name="AnotherRepSignedToday">Another rep of the team has a signing on the work date.</param>
/// <param name="WeekBiggestDealMinor">
/// The largest single signing in the team's <paramref name="Week"/> other than this rep's on this
/// work date (their other days count); 0 when there is none.
/// </param>
/// <param name="RepTotals">The rep's signed amount in the month, quarter and year of the work date, this save included.</param>
/// <param name="Calendar">The team's calendar, with overrides from <paramref name="KnownSince"/> to the work date.</param>
/// <param name="Leave">The rep's leave over the same dates.</param>
/// <param name="MetValidNewOn">The rep's shared days from <paramref name="KnownSince"/> on (true = met the valid-new standard).</param>
public sealed record ShoutOutContext(
    bool AnotherRepSignedToday,
    long WeekBiggestDealMinor,
    BoardPeriod Week,
    ClubTotals RepTotals,
    TeamCalendar Calendar,
    IReadOnlyCollection<DateRange> Leave,
    IReadOnlyDictionary<DateOnly, bool> MetValidNewOn,
    DateOnly KnownSince);
