namespace IronArmy.Core.Tiers;

/// <summary>
/// One rep's window: what their recaps add up to over the window's work days (Data: their day
/// rollups) and how many of those days they were due.
/// </summary>
public sealed record RepWindow(long MemberId, string Name, int DueDays, long SignedAmountMinor, int ValidNewCustomers, int Visits, int MovedToA)
{
    /// <summary>The measure per due day (0 with no due days).</summary>
    public double PerDay(TierMeasure measure) => DueDays == 0 ? 0 : measure switch
    {
        TierMeasure.SignedAmount => SignedAmountMinor,
        TierMeasure.ValidNewCustomers => ValidNewCustomers,
        TierMeasure.Visits => Visits,
        TierMeasure.MovedToA => MovedToA,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    } / (double)DueDays;
}
