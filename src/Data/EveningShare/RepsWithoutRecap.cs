using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>Who the evening share still waits for: the prompt, the nudge and the managers' list go to them alone.</summary>
public static class RepsWithoutRecap
{
    /// <summary>
    /// The reps due on <paramref name="workDate"/> (the kickoff's audience: active, reachable, not on
    /// leave, a team work day) who have not shared a recap for it yet, in name order.
    /// </summary>
    public static async Task<IReadOnlyList<Member>> RepsWithoutRecapAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        var due = await db.RepsDueOnAsync(teamId, workDate, ct);
        if (due.Count == 0) return due;
        var shared = (await db.Recaps
            .Where(r => r.TeamId == teamId && r.WorkDate == workDate)
            .Select(r => r.MemberId)
            .ToListAsync(ct)).ToHashSet();
        return [.. due.Where(m => !shared.Contains(m.Id))];
    }
}
