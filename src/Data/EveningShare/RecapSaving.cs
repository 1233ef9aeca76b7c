using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>The outcome of a submit or edit: the stored entry, and whether it changed (a revision was appended).</summary>
public sealed record RecapSaved(RecapEntry Entry, bool Changed);

/// <summary>Storing a rep's submitted or edited evening recap, with its audit revision (and its visit facts), in one save.</summary>
public static class RecapSaving
{
    private const int Attempts = 3;

    /// <summary>
    /// Creates the member's recap for <paramref name="workDate"/> or applies <paramref name="recap"/>
    /// to the existing one, appending a revision by <paramref name="byMemberId"/> when anything
    /// changed. Races are settled as for the kickoff plan: the loser re-reads and applies on top.
    /// Leaves the visit facts as they are; use <see cref="SaveRecapWithFactsAsync"/> when the plan is known.
    /// </summary>
    public static Task<RecapSaved> SaveRecapAsync(
        this IronArmyDbContext db, long teamId, long memberId, DateOnly workDate, Recap recap, long byMemberId, DateTime nowUtc, CancellationToken ct) =>
        SaveAsync(db, teamId, memberId, workDate, recap, byMemberId, nowUtc, facts: null, ct);

    /// <summary>
    /// As <see cref="SaveRecapAsync"/>, and in the same save replaces the day's visit facts with
    /// those derived (<see cref="VisitFact.From"/>) from <paramref name="plan"/>, the member's
    /// kickoff plan for the day, or from no plan when there was none.
    /// </summary>
    /// <exception cref="ArgumentException">The recap was not read against this plan.</exception>
    public static Task<RecapSaved> SaveRecapWithFactsAsync(
        this IronArmyDbContext db,
        long teamId,
        long memberId,
        DateOnly workDate,
        Recap recap,
        KickoffPlan? plan,
        long byMemberId,
        DateTime nowUtc,
        CancellationToken ct,
        IReadOnlyDictionary<string, CustomerClass>? lastKnownClasses = null)
    {
        // Derived before touching the database so a mismatched recap fails without a write.
        var facts = VisitFact.From(plan?.Visits ?? [], recap, lastKnownClasses);
        return SaveAsync(db, teamId, memberId, workDate, recap, byMemberId, nowUtc, facts, ct);
    }

    /// <summary>The member's recap for the date with all its child rows, tracked for <see cref="RecapEntry.Apply"/>.</summary>
    public static Task<RecapEntry?> FindRecapAsync(this IronArmyDbContext db, long memberId, DateOnly workDate, CancellationToken ct) =>
        db.Recaps
            .Include(r => r.Planned)
            .Include(r => r.Unplanned)
            .Include(r => r.NewCustomers)
            .Include(r => r.Tomorrow)
            .Include(r => r.Facts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.MemberId == memberId && r.WorkDate == workDate, ct);

    private static async Task<RecapSaved> SaveAsync(
        IronArmyDbContext db, long teamId, long memberId, DateOnly workDate, Recap recap, long byMemberId, DateTime nowUtc, IReadOnlyList<VisitFact>? facts, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var entry = await db.FindRecapAsync(memberId, workDate, ct);
            bool changed;
            if (entry is null)
            {
                entry = RecapEntry.Submit(teamId, memberId, workDate, recap, byMemberId, nowUtc);
                db.Recaps.Add(entry);
                changed = true;
            }
            else
            {
                changed = entry.Apply(recap, byMemberId, nowUtc);
            }

            // Facts are rewritten only when they differ, so an unchanged resubmit writes nothing; a
            // recap first saved without its plan still gets its facts on the next save that has it.
            var factsDiffer = facts is not null && !entry.Facts.OrderBy(f => f.Row).Select(f => f.ToCore()).SequenceEqual(facts);
            if (!changed && !factsDiffer) return new RecapSaved(entry, false);
            if (factsDiffer) entry.ReplaceFacts(facts!, nowUtc);
            try
            {
                await db.SaveChangesAsync(ct);
                return new RecapSaved(entry, changed);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Unique (member, date) or (recap, version) violated, or the concurrency token moved.
                ForgetRecaps(db);
            }
        }
    }

    private static void ForgetRecaps(IronArmyDbContext db)
    {
        foreach (var tracked in db.ChangeTracker.Entries().ToList())
        {
            if (tracked.Entity is RecapEntry or RecapPlannedVisit or RecapUnplannedVisit or RecapNewCustomer or RecapTomorrowCustomer or VisitFactEntry or RecapRevision)
                tracked.State = EntityState.Detached;
        }
    }
}
