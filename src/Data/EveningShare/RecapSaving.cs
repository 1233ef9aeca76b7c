using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Data.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.EveningShare;

/// <summary>
/// The outcome of a submit or edit: the stored entry, whether it changed (a revision was appended),
/// and the rep's day before and after the save (what shout-outs are found in).
/// </summary>
public sealed record RecapSaved(RecapEntry Entry, bool Changed, RecapChange Day);

/// <summary>
/// Storing a rep's submitted or edited evening recap, with its audit revision, its visit facts and
/// the day's and month's rollups for the boards (<see cref="RollupKeeping"/>), in one save — one transaction.
/// </summary>
public static class RecapSaving
{
    private const int Attempts = 3;

    /// <summary>
    /// Creates the member's recap for <paramref name="workDate"/> or applies <paramref name="recap"/>
    /// to the existing one, appending a revision by <paramref name="byMemberId"/> when anything
    /// changed. Races are settled as for the kickoff plan: the loser re-reads and applies on top.
    /// Leaves the visit facts as they are; use <see cref="SaveRecapWithFactsAsync"/> when the plan is known.
    /// The day's and month's rollups are rewritten from the facts as they stand and the recap's valid new customers.
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
        // The valid-new and whole-standard flags of the rollup are judged against today's standard.
        var standard = await db.Teams.Where(t => t.Id == teamId)
            .Select(t => t.Standard)
            .SingleAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var entry = await db.FindRecapAsync(memberId, workDate, ct);
            // The day as it stood, read before Apply replaces the child rows.
            var beforeVisits = entry is null ? [] : FactsOf(entry);
            var before = entry is null ? null : RepDayTally.Of(workDate, beforeVisits, entry.NewCustomers.Count(c => c.HasNeed && c.HasBudget && c.IsPayer), standard);
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
            if (factsDiffer) entry.ReplaceFacts(facts!, nowUtc);
            var afterVisits = FactsOf(entry);
            var day = new RecapChange(memberId, workDate, before, beforeVisits, RepDayTally.Of(workDate, afterVisits, recap.ValidNewCustomers, standard), afterVisits);

            // The rollups follow the recap in the same save; a day saved before rollups existed gets
            // its rows on the next save even when nothing else changed.
            var rollupsStaged = await db.StageRollupsAsync(teamId, memberId, day.After, nowUtc, ct);
            if (!changed && !factsDiffer && !rollupsStaged) return new RecapSaved(entry, false, day);
            try
            {
                await db.SaveChangesAsync(ct);
                return new RecapSaved(entry, changed, day);
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
            if (tracked.Entity is RecapEntry or RecapPlannedVisit or RecapUnplannedVisit or RecapNewCustomer or RecapTomorrowCustomer or VisitFactEntry or RecapRevision or RepDayRollup or RepMonthRollup)
                tracked.State = EntityState.Detached;
        }
    }

    private static IReadOnlyList<VisitFact> FactsOf(RecapEntry entry) => [.. entry.Facts.OrderBy(f => f.Row).Select(f => f.ToCore())];
}
