using IronArmy.Core.Leaderboards;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// A rep's calendar month summed from their <see cref="RepDayRollup"/> rows, kept beside them in
/// the same save so a monthly board reads one row per rep instead of a month of days (a team of
/// 1,000 reps: 1,000 rows, not 21,000). Recomputed from the month's stored days on every save that
/// changes a day, never adjusted by a difference, so it cannot drift; <see cref="Version"/> makes
/// two saves of the same rep's month at once retry rather than overwrite each other.
/// </summary>
public sealed class RepMonthRollup
{
    /// <summary>The index the monthly boards read (team, month → one row per member).</summary>
    public const string BoardIndexName = "IX_RepMonthRollups_Board";

    public long Id { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public long SignedAmountMinor { get; set; }

    public int Signings { get; set; }

    public int Visits { get; set; }

    public int ValidNewCustomers { get; set; }

    public int AConversions { get; set; }

    /// <summary>Days with a shared recap in the month.</summary>
    public int Days { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Concurrency token: bumped on every write.</summary>
    public int Version { get; set; }

    public RepTotals ToCore() => new(MemberId, SignedAmountMinor, Signings, Visits, ValidNewCustomers, AConversions, Days);

    public bool Holds(RepTotals totals) => ToCore() == totals with { MemberId = MemberId };

    public void Hold(RepTotals totals, DateTime nowUtc)
    {
        (SignedAmountMinor, Signings, Visits, ValidNewCustomers, AConversions, Days) =
            (totals.SignedAmountMinor, totals.Signings, totals.Visits, totals.ValidNewCustomers, totals.AConversions, totals.Days);
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}
