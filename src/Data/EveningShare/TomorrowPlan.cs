using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>The customers a rep named for "tomorrow" in a recap, and the work date of that recap.</summary>
public sealed record TomorrowCustomers(DateOnly RecapDate, IReadOnlyList<string> Customers);

/// <summary>The kickoff pre-fill: the customers named in the rep's last evening recap.</summary>
public static class TomorrowPlan
{
    /// <summary>
    /// The customers from the member's latest recap before <paramref name="kickoffDate"/>, or null
    /// if there is none. The recap's date is returned so the caller can ignore a stale one (the
    /// previous work day is the team calendar's to say, not the database's).
    /// </summary>
    public static async Task<TomorrowCustomers?> TomorrowPlanForAsync(this IronArmyDbContext db, long memberId, DateOnly kickoffDate, CancellationToken ct)
    {
        var recap = await db.Recaps
            .AsNoTracking()
            .Where(r => r.MemberId == memberId && r.WorkDate < kickoffDate)
            .OrderByDescending(r => r.WorkDate)
            .Select(r => new { r.WorkDate, Customers = r.Tomorrow.OrderBy(c => c.Row).Select(c => c.Customer).ToList() })
            .FirstOrDefaultAsync(ct);
        return recap is null ? null : new TomorrowCustomers(recap.WorkDate, recap.Customers);
    }
}
