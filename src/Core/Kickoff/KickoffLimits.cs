namespace IronArmy.Core.Kickoff;

/// <summary>
/// The sane bounds a kickoff submit is held to. They stop typos (an extra zero, a phone number in
/// a count) without judging ambition: 50 visits a day is far beyond the 8 of the standard.
/// </summary>
public sealed record KickoffLimits(
    int MaxDayVisits,
    int MaxWeekVisits,
    int MaxMonthVisits,
    long MaxAmountMinor,
    int AmountMinorDigits,
    int MaxCustomerNameLength,
    int MaxVisitRows,
    int MaxNewCustomerRows)
{
    /// <summary>Visits and valid new customers 0..50 a day, 0..350 a week, 0..1500 a month; amounts 0..10^12 fen; names ≤ 60.</summary>
    public static KickoffLimits Default { get; } = new(50, 350, 1500, 1_000_000_000_000L, 2, 60, 20, 10);

    /// <summary>The upper bound for visit and valid-new-customer counts of a period.</summary>
    public int MaxCountFor(TargetPeriod period) => period switch
    {
        TargetPeriod.Day => MaxDayVisits,
        TargetPeriod.Week => MaxWeekVisits,
        TargetPeriod.Month => MaxMonthVisits,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
