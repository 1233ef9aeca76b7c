using IronArmy.Core.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Kickoff;

/// <summary>A plan and the work date it was for.</summary>
public sealed record DatedKickoffPlan(DateOnly WorkDate, KickoffPlan Plan);

/// <summary>The rep's most recent plan before a date: month and week targets carry over from it.</summary>
public static class LastKickoffPlan
{
    /// <summary>The member's latest plan with a work date strictly before <paramref name="date"/>, or null if none.</summary>
    public static async Task<DatedKickoffPlan?> LastKickoffPlanBeforeAsync(this IronArmyDbContext db, long memberId, DateOnly date, CancellationToken ct)
    {
        var entry = await db.KickoffPlans
            .AsNoTracking()
            .Where(p => p.MemberId == memberId && p.WorkDate < date)
            .OrderByDescending(p => p.WorkDate)
            .Include(p => p.Visits)
            .Include(p => p.NewCustomers)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        return entry is null ? null : new DatedKickoffPlan(entry.WorkDate, entry.ToCore());
    }
}
