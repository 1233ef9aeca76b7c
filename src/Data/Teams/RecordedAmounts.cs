using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Teams;

/// <summary>Whether a team has money stored in its currency's minor units (what a currency change must respect, Core <c>CurrencyChange</c>).</summary>
public static class RecordedAmounts
{
    /// <summary>
    /// True when the team has any non-zero amount recorded: a kickoff target, a signing in a recap,
    /// a 大战月 goal, or a shout-out waiting or posted with an amount. Zero targets are no amount (a
    /// plan without money reads the same in any currency). Each read stops at the first row found.
    /// </summary>
    public static async Task<bool> TeamHasRecordedAmountsAsync(this IronArmyDbContext db, long teamId, CancellationToken ct) =>
        // ?? 0: a month or week a first plan left unset (null) is no amount, as C#'s null != 0 would have it.
        await db.KickoffPlans.AnyAsync(p => p.TeamId == teamId && ((p.MonthAmountMinor ?? 0) != 0 || (p.WeekAmountMinor ?? 0) != 0 || p.DayAmountMinor != 0), ct)
        || await db.Recaps.AnyAsync(r => r.TeamId == teamId && (r.Planned.Any(v => v.SignedAmountMinor != 0) || r.Unplanned.Any(v => v.SignedAmountMinor != 0)), ct)
        || await db.BattleMonths.AnyAsync(b => b.TeamId == teamId, ct)
        || await db.ShoutOuts.AnyAsync(s => s.TeamId == teamId && (s.AmountMinor != 0 || s.OtherMinor != 0), ct);
}
