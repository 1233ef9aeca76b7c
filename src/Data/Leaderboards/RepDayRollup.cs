using IronArmy.Core.Leaderboards;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// A rep's shared day summed up (Core: <see cref="RepDayTally"/>): one row per member per work
/// date, written in the same save as the recap it comes from and rewritten when the recap is
/// edited, so boards and shout-outs sum these rows and never read visits. A day without a recap
/// has no row.
/// </summary>
public sealed class RepDayRollup
{
    /// <summary>The index the boards read (team, date range → sums per member); named so a query plan can be checked for it.</summary>
    public const string BoardIndexName = "IX_RepDayRollups_Board";

    public long Id { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    /// <summary>The team's local date of the recap.</summary>
    public DateOnly WorkDate { get; set; }

    public int Visits { get; set; }

    public int ValidNewCustomers { get; set; }

    public long SignedAmountMinor { get; set; }

    public int Signings { get; set; }

    /// <summary>The day's largest single signing; 0 when none.</summary>
    public long BiggestDealMinor { get; set; }

    /// <summary>B→A and C→A moves.</summary>
    public int AConversions { get; set; }

    /// <summary>Valid new customers at least the team's standard when the recap was saved.</summary>
    public bool MetValidNewStandard { get; set; }

    /// <summary>Every line of the team's standard met when the recap was saved.</summary>
    public bool MetStandard { get; set; }

    /// <summary>When the recap save that wrote these numbers happened.</summary>
    public DateTime UpdatedAtUtc { get; set; }

    // The rep's running totals up to and including this day, kept by every save (RunningTotals), so a
    // window's sum is this row's minus the one before the window: two seeks per rep, not a range scan.

    /// <summary>Signed amount summed over the rep's rows through <see cref="WorkDate"/>.</summary>
    public long RunningSignedAmountMinor { get; set; }

    public int RunningValidNewCustomers { get; set; }

    public int RunningVisits { get; set; }

    public int RunningAConversions { get; set; }

    /// <summary>The rep's rows (shared days) through <see cref="WorkDate"/>: whether a window had any.</summary>
    public int RunningDays { get; set; }

    public static RepDayRollup Of(long teamId, long memberId, RepDayTally tally, DateTime nowUtc)
    {
        var rollup = new RepDayRollup { TeamId = teamId, MemberId = memberId, WorkDate = tally.WorkDate };
        rollup.Hold(tally, nowUtc);
        return rollup;
    }

    public RepDayTally ToCore() =>
        new(WorkDate, Visits, ValidNewCustomers, SignedAmountMinor, Signings, BiggestDealMinor, AConversions, MetValidNewStandard, MetStandard);

    /// <summary>Whether the row already holds <paramref name="tally"/> (then nothing needs writing).</summary>
    public bool Holds(RepDayTally tally) => ToCore() == tally;

    /// <summary>Overwrites the numbers with <paramref name="tally"/>'s: an edit that lowers the amount lowers the row.</summary>
    public void Hold(RepDayTally tally, DateTime nowUtc)
    {
        if (tally.WorkDate != WorkDate) throw new ArgumentException($"The tally is for {tally.WorkDate}, the row for {WorkDate}.", nameof(tally));
        (Visits, ValidNewCustomers, SignedAmountMinor, Signings) = (tally.Visits, tally.ValidNewCustomers, tally.SignedAmountMinor, tally.Signings);
        (BiggestDealMinor, AConversions, MetValidNewStandard, MetStandard) = (tally.BiggestDealMinor, tally.AConversions, tally.MetValidNewStandard, tally.MetStandard);
        UpdatedAtUtc = nowUtc;
    }
}
