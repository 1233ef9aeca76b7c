using IronArmy.Core.EveningShare;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>What a rep wrote in a day's recap for the evening: the vent, the win and the help request.</summary>
public sealed record MemberRecapWords(long MemberId, Vent? Vent, Win? Win, HelpRequest? Help);

/// <summary>The words of a team's recaps for one work date, without their visit rows (the digest reads the visits as facts).</summary>
public static class TeamRecapWords
{
    /// <summary>One entry per recap the team's members shared for <paramref name="workDate"/>, in one query of the recap rows alone.</summary>
    public static async Task<IReadOnlyList<MemberRecapWords>> TeamRecapWordsOnAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        var rows = await db.Recaps
            .AsNoTracking()
            .Where(r => r.TeamId == teamId && r.WorkDate == workDate)
            .Select(r => new { r.MemberId, r.VentText, r.VentVisibility, r.WinText, r.WinVisibility, r.HelpStuck, r.HelpCustomer })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MemberRecapWords(
            r.MemberId,
            RecapEntry.VentOf(r.VentText, r.VentVisibility),
            RecapEntry.WinOf(r.WinText, r.WinVisibility),
            RecapEntry.HelpOf(r.HelpStuck, r.HelpCustomer)))];
    }
}
