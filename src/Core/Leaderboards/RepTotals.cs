namespace IronArmy.Core.Leaderboards;

/// <summary>
/// A rep's sums over a board period (Data: one GROUP BY over the day tallies). <see cref="Days"/>
/// is how many days the rep shared a recap in the period: a rep with none was not there.
/// </summary>
public sealed record RepTotals(long MemberId, long SignedAmountMinor, int Signings, int Visits, int ValidNewCustomers, int AConversions, int Days)
{
    public static RepTotals None(long memberId) => new(memberId, 0, 0, 0, 0, 0, 0);

    /// <summary>These totals with one more shared day.</summary>
    public RepTotals Plus(RepDayTally day) => new(
        MemberId,
        SignedAmountMinor + day.SignedAmountMinor,
        Signings + day.Signings,
        Visits + day.Visits,
        ValidNewCustomers + day.ValidNewCustomers,
        AConversions + day.AConversions,
        Days + 1);

    public long Of(BoardMetric metric) => metric switch
    {
        BoardMetric.SignedAmount => SignedAmountMinor,
        BoardMetric.ValidNewCustomers => ValidNewCustomers,
        BoardMetric.Visits => Visits,
        BoardMetric.AConversions => AConversions,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };
}
