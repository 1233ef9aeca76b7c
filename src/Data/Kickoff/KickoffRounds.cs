using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Kickoff;

/// <summary>Reading and advancing a team's kickoff round for a work date.</summary>
public static class KickoffRounds
{
    /// <summary>The team's round for the date, or null before any step happened.</summary>
    public static Task<KickoffRound?> KickoffRoundAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct) =>
        db.KickoffRounds.AsNoTracking().SingleOrDefaultAsync(r => r.TeamId == teamId && r.WorkDate == workDate, ct);

    /// <summary>
    /// Claims <paramref name="step"/> for the team's round: true for exactly one caller, the first,
    /// however many jobs, restarts or instances race (a conditional UPDATE … WHERE step IS NULL);
    /// false when the step was already done. The caller that gets true does the step.
    /// </summary>
    public static async Task<bool> TryClaimKickoffStepAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, KickoffStep step, DateTime nowUtc, CancellationToken ct)
    {
        await EnsureRoundAsync(db, teamId, workDate, ct);
        var round = db.KickoffRounds.Where(r => r.TeamId == teamId && r.WorkDate == workDate);
        var updated = step switch
        {
            KickoffStep.Prompted => await round.Where(r => r.PromptedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.PromptedAtUtc, nowUtc), ct),
            KickoffStep.Nudged => await round.Where(r => r.NudgedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.NudgedAtUtc, nowUtc), ct),
            KickoffStep.ManagersReminded => await round.Where(r => r.ManagersRemindedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ManagersRemindedAtUtc, nowUtc), ct),
            KickoffStep.BoardPosted => await round.Where(r => r.BoardPostedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.BoardPostedAtUtc, nowUtc), ct),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
        };
        return updated == 1;
    }

    /// <summary>Remembers the outbox row that posts the board, so its sent activity id can be found for updates.</summary>
    public static Task RecordBoardOutboxMessageAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, long outboxMessageId, CancellationToken ct) =>
        db.KickoffRounds.Where(r => r.TeamId == teamId && r.WorkDate == workDate)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.BoardOutboxMessageId, outboxMessageId), ct);

    /// <summary>Remembers where the board was posted: later submissions PUT updates to this activity.</summary>
    public static Task RecordBoardActivityAsync(this IronArmyDbContext db, long teamId, DateOnly workDate, string activityId, string conversationId, CancellationToken ct) =>
        db.KickoffRounds.Where(r => r.TeamId == teamId && r.WorkDate == workDate)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.BoardActivityId, activityId)
                .SetProperty(r => r.BoardConversationId, conversationId), ct);

    private static async Task EnsureRoundAsync(IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct)
    {
        if (await RoundExistsAsync(db, teamId, workDate, ct)) return;
        var round = new KickoffRound { TeamId = teamId, WorkDate = workDate };
        db.KickoffRounds.Add(round);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another caller may have created it in between (the unique (team, date) index kept
            // one row); anything else, such as an unknown team, is a real failure.
            db.Entry(round).State = EntityState.Detached;
            if (!await RoundExistsAsync(db, teamId, workDate, ct)) throw;
            return;
        }

        db.Entry(round).State = EntityState.Detached;
    }

    private static Task<bool> RoundExistsAsync(IronArmyDbContext db, long teamId, DateOnly workDate, CancellationToken ct) =>
        db.KickoffRounds.AnyAsync(r => r.TeamId == teamId && r.WorkDate == workDate, ct);
}
