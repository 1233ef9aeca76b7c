using IronArmy.Core.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Kickoff;

/// <summary>The outcome of a submit or edit: the stored entry, and whether it changed (a revision was appended).</summary>
public sealed record KickoffPlanSaved(KickoffPlanEntry Entry, bool Changed);

/// <summary>Storing a rep's submitted or edited plan, with its audit revision, in one save.</summary>
public static class KickoffPlanSaving
{
    private const int Attempts = 3;

    /// <summary>
    /// Creates the member's plan for <paramref name="workDate"/> or applies <paramref name="plan"/>
    /// to the existing one, appending a revision by <paramref name="byMemberId"/> when anything
    /// changed. A double tap or two devices saving at once cannot create a second plan or lose a
    /// revision: the loser of the race re-reads the winner's plan and applies on top of it.
    /// Validation and the edit deadline are the caller's (Core) rules.
    /// </summary>
    public static async Task<KickoffPlanSaved> SaveKickoffPlanAsync(
        this IronArmyDbContext db, long teamId, long memberId, DateOnly workDate, KickoffPlan plan, long byMemberId, DateTime nowUtc, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entry = await db.FindKickoffPlanAsync(memberId, workDate, ct);
            bool changed;
            if (entry is null)
            {
                entry = KickoffPlanEntry.Submit(teamId, memberId, workDate, plan, byMemberId, nowUtc);
                db.KickoffPlans.Add(entry);
                changed = true;
            }
            else
            {
                changed = entry.Apply(plan, byMemberId, nowUtc);
            }

            if (!changed) return new KickoffPlanSaved(entry, false);
            try
            {
                await db.SaveChangesAsync(ct);
                return new KickoffPlanSaved(entry, true);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Unique (member, date) or (plan, version) violated, or the concurrency token moved.
                ForgetKickoffPlans(db);
            }
        }
    }

    /// <summary>The member's plan for the date with its visits and new customers, tracked for <see cref="KickoffPlanEntry.Apply"/>.</summary>
    public static Task<KickoffPlanEntry?> FindKickoffPlanAsync(this IronArmyDbContext db, long memberId, DateOnly workDate, CancellationToken ct) =>
        db.KickoffPlans
            .Include(p => p.Visits)
            .Include(p => p.NewCustomers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.MemberId == memberId && p.WorkDate == workDate, ct);

    private static void ForgetKickoffPlans(IronArmyDbContext db)
    {
        foreach (var tracked in db.ChangeTracker.Entries().ToList())
        {
            if (tracked.Entity is KickoffPlanEntry or KickoffPlanVisit or KickoffPlanNewCustomer or KickoffPlanRevision)
                tracked.State = EntityState.Detached;
        }
    }
}
