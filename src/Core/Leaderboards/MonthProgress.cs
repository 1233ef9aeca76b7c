namespace IronArmy.Core.Leaderboards;

/// <summary>
/// The team against its month target: the sum of its reps' month signed-amount targets (each from
/// the rep's latest kickoff plan in the month — the month target carries from plan to plan) and
/// what they signed so far. <see cref="Fraction"/> is signed ÷ target, above 1 when the target is
/// beaten, null when no rep has stated a target.
/// </summary>
public sealed record MonthProgress(long TargetMinor, long SignedMinor)
{
    public decimal? Fraction => TargetMinor > 0 ? (decimal)SignedMinor / TargetMinor : null;

    /// <param name="monthTargetsMinor">One per rep with a plan this month: that plan's month amount target.</param>
    public static MonthProgress Of(IEnumerable<long> monthTargetsMinor, long signedMinor) => new(monthTargetsMinor.Sum(), signedMinor);
}
