using IronArmy.Core.EveningShare;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>One rep's recap for the day, with the name the digest shows.</summary>
public sealed record MemberRecap(long MemberId, string MemberName, Recap Recap, DateTime SubmittedAtUtc, DateTime UpdatedAtUtc);

/// <summary>The recaps a team's members shared for a work date (the manager's digest).</summary>
public static class TeamRecapsOfDay
{
    /// <summary>
    /// Recaps of the team's active members for <paramref name="workDate"/>, in name order as the
    /// team's language sorts names (as <see cref="TeamPlansOfDay.TeamPlansOnAsync"/>).
    /// </summary>
    public static async Task<IReadOnlyList<MemberRecap>> TeamRecapsOnAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        var locale = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Locale).SingleAsync(ct);
        var entries = await WithContent(db.Recaps.AsNoTracking())
            .Where(r => r.TeamId == teamId && r.WorkDate == workDate && r.Member!.IsActive)
            .Include(r => r.Member)
            .ToListAsync(ct);
        var names = TeamPlansOfDay.NameOrder(locale);
        return [.. entries
            .OrderBy(r => r.Member!.Name, names)
            .ThenBy(r => r.MemberId)
            .Select(r => new MemberRecap(r.MemberId, r.Member!.Name, r.ToCore(), r.SubmittedAtUtc, r.UpdatedAtUtc))];
    }

    /// <summary>The member's recap for <paramref name="workDate"/>, or null if none was shared (read-only; edits use <see cref="RecapSaving.FindRecapAsync"/>).</summary>
    public static async Task<Recap?> MemberRecapOnAsync(this IronArmyDbContext db, long memberId, DateOnly workDate, CancellationToken ct)
    {
        var entry = await WithContent(db.Recaps.AsNoTracking())
            .SingleOrDefaultAsync(r => r.MemberId == memberId && r.WorkDate == workDate, ct);
        return entry?.ToCore();
    }

    private static IQueryable<RecapEntry> WithContent(IQueryable<RecapEntry> recaps) => recaps
        .Include(r => r.Planned)
        .Include(r => r.Unplanned)
        .Include(r => r.NewCustomers)
        .Include(r => r.Tomorrow)
        .AsSplitQuery();
}
