using IronArmy.Core.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Leaderboards;

/// <summary>Marking and reading a team's 大战月 (big battle months).</summary>
public static class BattleMonths
{
    /// <summary>
    /// Marks the month of <paramref name="month"/> as a battle month with <paramref name="goalMinor"/>
    /// (above zero), or replaces the goal of one already marked, and saves.
    /// </summary>
    public static async Task<BattleMonth> SetBattleMonthAsync(
        this IronArmyDbContext db, long teamId, DateOnly month, long goalMinor, long? byMemberId, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(goalMinor);
        var first = FirstDayOf(month);
        var entry = await db.BattleMonths.SingleOrDefaultAsync(m => m.TeamId == teamId && m.Month == first, ct);
        if (entry is null)
        {
            entry = new BattleMonthEntry { TeamId = teamId, Month = first };
            db.BattleMonths.Add(entry);
        }

        (entry.GoalMinor, entry.SetByMemberId, entry.SetAtUtc) = (goalMinor, byMemberId, nowUtc);
        await db.SaveChangesAsync(ct);
        return entry.ToCore();
    }

    /// <summary>The battle month containing <paramref name="date"/>, or null when that month is an ordinary one.</summary>
    public static async Task<BattleMonth?> BattleMonthOfAsync(this IronArmyDbContext db, long teamId, DateOnly date, CancellationToken ct)
    {
        var first = FirstDayOf(date);
        var entry = await db.BattleMonths.AsNoTracking().SingleOrDefaultAsync(m => m.TeamId == teamId && m.Month == first, ct);
        return entry?.ToCore();
    }

    /// <summary>Unmarks the month of <paramref name="month"/>; false when it was not marked.</summary>
    public static async Task<bool> ClearBattleMonthAsync(this IronArmyDbContext db, long teamId, DateOnly month, CancellationToken ct)
    {
        var first = FirstDayOf(month);
        return await db.BattleMonths.Where(m => m.TeamId == teamId && m.Month == first).ExecuteDeleteAsync(ct) > 0;
    }

    private static DateOnly FirstDayOf(DateOnly date) => new(date.Year, date.Month, 1);
}
