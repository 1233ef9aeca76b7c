namespace IronArmy.Data.Calendar;

/// <summary>
/// A rep's leave, <see cref="From"/> to <see cref="To"/> inclusive (team-local dates). Coming back
/// early ("back"/"销假") does not shorten or delete the row: it records from which date the leave
/// no longer applies, so the history of what was asked and when stays readable.
/// </summary>
public sealed class MemberLeave
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The first date the leave no longer covers; null while it stands as asked.</summary>
    public DateOnly? CancelledFrom { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    /// <summary>The last date the leave still covers after a cancellation; before <see cref="From"/> when nothing is left.</summary>
    public DateOnly EffectiveTo => CancelledFrom is { } c && c <= To ? c.AddDays(-1) : To;

    /// <summary>False when a cancellation left nothing of the leave.</summary>
    public bool IsVoid => EffectiveTo < From;

    public bool Covers(DateOnly date) => date >= From && date <= EffectiveTo;

    /// <summary>
    /// Ends the leave before <paramref name="date"/> (the rep is back from that date on). Returns
    /// false when the leave already does not cover <paramref name="date"/> or anything after it.
    /// </summary>
    public bool CancelFrom(DateOnly date, DateTime nowUtc)
    {
        if (IsVoid || EffectiveTo < date) return false;
        CancelledFrom = date < From ? From : date;
        CancelledAtUtc = nowUtc;
        return true;
    }
}
