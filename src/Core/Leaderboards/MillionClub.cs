using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Leaderboards;

/// <summary>The periods a million-club crossing is counted over: calendar month, quarter and year.</summary>
public enum ClubPeriod
{
    Month,
    Quarter,
    Year,
}

/// <summary>A rep's signed amount in the month, quarter and year containing one work date.</summary>
public sealed record ClubTotals(long MonthMinor, long QuarterMinor, long YearMinor)
{
    public long Of(ClubPeriod period) => period switch
    {
        ClubPeriod.Month => MonthMinor,
        ClubPeriod.Quarter => QuarterMinor,
        ClubPeriod.Year => YearMinor,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>
    /// The totals as they were before one day's amount (inside all three periods) changed from
    /// <paramref name="dayBeforeMinor"/> to <paramref name="dayAfterMinor"/>.
    /// </summary>
    public ClubTotals BeforeDayChange(long dayBeforeMinor, long dayAfterMinor)
    {
        var delta = dayAfterMinor - dayBeforeMinor;
        return new ClubTotals(MonthMinor - delta, QuarterMinor - delta, YearMinor - delta);
    }
}

/// <summary>
/// The million club (百万俱乐部, domain.md "标杆"): reps whose signed amount in a month, quarter or
/// year reaches the team's threshold. Crossing means below before a save and at or above after it
/// (before &lt; threshold ≤ after), so it is told once — an edit that keeps the rep above says nothing.
/// </summary>
public static class MillionClub
{
    /// <summary>1,000,000 of the team currency, in minor units (¥1,000,000 = 100,000,000 fen).</summary>
    public static long DefaultThresholdMinor(int minorDigits)
    {
        long minor = 1_000_000;
        for (var i = 0; i < minorDigits; i++) minor *= 10;
        return minor;
    }

    public static DateRange PeriodOf(ClubPeriod period, DateOnly date) => period switch
    {
        ClubPeriod.Month => BoardPeriod.MonthOf(date).Dates,
        ClubPeriod.Quarter => Quarter(date),
        ClubPeriod.Year => new DateRange(new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    public static IReadOnlyList<MillionClubCrossing> Crossings(long memberId, DateOnly workDate, ClubTotals before, ClubTotals after, long thresholdMinor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thresholdMinor);
        return
        [
            .. Enum.GetValues<ClubPeriod>()
                .Where(p => before.Of(p) < thresholdMinor && thresholdMinor <= after.Of(p))
                .Select(p => new MillionClubCrossing(memberId, workDate, p, PeriodOf(p, workDate).Start, thresholdMinor, after.Of(p))),
        ];
    }

    private static DateRange Quarter(DateOnly date)
    {
        var start = new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
        return new DateRange(start, start.AddMonths(3).AddDays(-1));
    }
}
