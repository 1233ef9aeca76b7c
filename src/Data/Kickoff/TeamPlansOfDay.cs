using System.Globalization;
using IronArmy.Core.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Kickoff;

/// <summary>One rep's plan for the day, with the name the mirror and the board show.</summary>
public sealed record MemberPlan(long MemberId, string MemberName, KickoffPlan Plan, DateTime SubmittedAtUtc, DateTime UpdatedAtUtc);

/// <summary>The plans a team's members submitted for a work date (照镜子 and the morning board).</summary>
public static class TeamPlansOfDay
{
    /// <summary>
    /// Plans of the team's active members for <paramref name="workDate"/>, in name order as the
    /// team's language sorts names (pinyin for zh-CN): the board is a mirror, not a ranking.
    /// Sorted here rather than in SQL, whose collations differ between SQLite and SQL Server.
    /// </summary>
    public static async Task<IReadOnlyList<MemberPlan>> TeamPlansOnAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        var locale = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Locale).SingleAsync(ct);
        var entries = await db.KickoffPlans
            .AsNoTracking()
            .Where(p => p.TeamId == teamId && p.WorkDate == workDate && p.Member!.IsActive)
            .Include(p => p.Member)
            .Include(p => p.Visits)
            .Include(p => p.NewCustomers)
            .AsSplitQuery()
            .ToListAsync(ct);
        var names = NameOrder(locale);
        return [.. entries
            .OrderBy(p => p.Member!.Name, names)
            .ThenBy(p => p.MemberId)
            .Select(p => new MemberPlan(p.MemberId, p.Member!.Name, p.ToCore(), p.SubmittedAtUtc, p.UpdatedAtUtc))];
    }

    /// <summary>
    /// How many visits each active member planned for the day: all the 照镜子 mirror needs, read
    /// without loading the plans (it runs on every submit).
    /// </summary>
    public static async Task<IReadOnlyList<int>> TeamPlannedVisitCountsAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct) =>
        await db.KickoffPlans
            .Where(p => p.TeamId == teamId && p.WorkDate == workDate && p.Member!.IsActive)
            .Select(p => p.Visits.Count)
            .ToListAsync(ct);

    internal static StringComparer NameOrder(string locale)
    {
        try
        {
            return StringComparer.Create(CultureInfo.GetCultureInfo(locale), ignoreCase: true);
        }
        catch (CultureNotFoundException)
        {
            return StringComparer.InvariantCultureIgnoreCase;
        }
    }
}
