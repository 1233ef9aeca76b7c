using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// Keeps the day rollups' running totals right on every save of the context, whoever writes the rows
/// (the recap save, a late edit of an older day, a removal): before the save, each changed rep's rows
/// from the earliest changed date on are restated from the stored row before it, so they commit in the
/// same transaction as the change. A save of today's recap restates one row; an edit of a day a month
/// back restates the month's rows after it.
/// </summary>
internal static class RunningTotals
{
    private static readonly string[] Summed =
    [
        nameof(RepDayRollup.MemberId), nameof(RepDayRollup.WorkDate), nameof(RepDayRollup.SignedAmountMinor),
        nameof(RepDayRollup.ValidNewCustomers), nameof(RepDayRollup.Visits), nameof(RepDayRollup.AConversions),
    ];

    /// <summary>
    /// Call inside the save's transaction. First takes each changed rep's member row (a no-op update:
    /// a row lock on SQL Server and PostgreSQL, the write lock on SQLite), so a concurrent save for the
    /// same rep waits until this one commits and then reads what it wrote — else two saves could each
    /// restate from the other's old totals.
    /// </summary>
    public static async Task StageAsync(IronArmyDbContext db, IReadOnlyList<(long MemberId, DateOnly From)> changed, CancellationToken ct)
    {
        var reps = changed.Select(c => c.MemberId).ToList();
        await db.Members.Where(m => reps.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, m => m.Name), ct);
        foreach (var (memberId, from) in changed)
        {
            var before = await Before(db, memberId, from).FirstOrDefaultAsync(ct);
            // Brings the stored later rows into the tracker (already tracked ones keep their edits).
            await After(db, memberId, from).LoadAsync(ct);
            Restate(db.ChangeTracker, memberId, from, before);
        }
    }

    /// <inheritdoc cref="StageAsync"/>
    public static void Stage(IronArmyDbContext db, IReadOnlyList<(long MemberId, DateOnly From)> changed)
    {
        var reps = changed.Select(c => c.MemberId).ToList();
        db.Members.Where(m => reps.Contains(m.Id)).ExecuteUpdate(s => s.SetProperty(m => m.Name, m => m.Name));
        foreach (var (memberId, from) in changed)
        {
            var before = Before(db, memberId, from).FirstOrDefault();
            After(db, memberId, from).Load();
            Restate(db.ChangeTracker, memberId, from, before);
        }
    }

    /// <summary>Per rep whose sums change, the earliest date whose running totals may change (old and new dates alike: a row can move).</summary>
    public static List<(long MemberId, DateOnly From)> Changed(ChangeTracker changes)
    {
        var from = new Dictionary<long, DateOnly>();
        void Touch(long memberId, DateOnly date) => from[memberId] = from.TryGetValue(memberId, out var d) && d < date ? d : date;

        foreach (var entry in changes.Entries<RepDayRollup>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    Touch(entry.Entity.MemberId, entry.Entity.WorkDate);
                    break;
                case EntityState.Deleted:
                    Touch(Original<long>(entry, nameof(RepDayRollup.MemberId)), Original<DateOnly>(entry, nameof(RepDayRollup.WorkDate)));
                    break;
                case EntityState.Modified when Summed.Any(p => entry.Property(p).IsModified):
                    Touch(Original<long>(entry, nameof(RepDayRollup.MemberId)), Original<DateOnly>(entry, nameof(RepDayRollup.WorkDate)));
                    Touch(entry.Entity.MemberId, entry.Entity.WorkDate);
                    break;
            }
        }

        return [.. from.Select(p => (p.Key, p.Value))];
    }

    private static T Original<T>(EntityEntry<RepDayRollup> entry, string property) => (T)entry.Property(property).OriginalValue!;

    /// <summary>The stored running totals just before <paramref name="from"/> (rows before it are unchanged in this save).</summary>
    private static IQueryable<Running> Before(IronArmyDbContext db, long memberId, DateOnly from) =>
        db.RepDayRollups.AsNoTracking()
            .Where(r => r.MemberId == memberId && r.WorkDate < from)
            .OrderByDescending(r => r.WorkDate)
            .Select(r => new Running(r.RunningSignedAmountMinor, r.RunningValidNewCustomers, r.RunningVisits, r.RunningAConversions, r.RunningDays));

    private static IQueryable<RepDayRollup> After(IronArmyDbContext db, long memberId, DateOnly from) =>
        db.RepDayRollups.Where(r => r.MemberId == memberId && r.WorkDate >= from);

    /// <summary>Accumulates over the rep's rows as they will stand after the save: stored, added and edited, not removed.</summary>
    private static void Restate(ChangeTracker changes, long memberId, DateOnly from, Running? before)
    {
        var total = before ?? new Running(0, 0, 0, 0, 0);
        var rows = changes.Entries<RepDayRollup>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged)
            .Select(e => e.Entity)
            .Where(r => r.MemberId == memberId && r.WorkDate >= from)
            .OrderBy(r => r.WorkDate);
        foreach (var row in rows)
        {
            total = new Running(
                total.SignedAmountMinor + row.SignedAmountMinor, total.ValidNewCustomers + row.ValidNewCustomers,
                total.Visits + row.Visits, total.AConversions + row.AConversions, total.Days + 1);
            (row.RunningSignedAmountMinor, row.RunningValidNewCustomers, row.RunningVisits) = (total.SignedAmountMinor, total.ValidNewCustomers, total.Visits);
            (row.RunningAConversions, row.RunningDays) = (total.AConversions, total.Days);
        }
    }

    private sealed record Running(long SignedAmountMinor, int ValidNewCustomers, int Visits, int AConversions, int Days);
}
