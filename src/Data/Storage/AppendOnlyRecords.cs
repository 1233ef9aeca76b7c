using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IronArmy.Data.Storage;

/// <summary>
/// Audit records are inserted, never changed or removed (domain.md "高压线"). Checked before every
/// save so a bug fails loudly here; the database triggers stop anything that bypasses the context.
/// </summary>
internal static class AppendOnlyRecords
{
    public static void Check(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<KickoffPlanRevision>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException($"Kickoff plan revisions are append-only; revision {entry.Entity.Id} was {entry.State.ToString().ToLowerInvariant()}.");
        }

        foreach (var entry in changes.Entries<RecapRevision>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException($"Recap revisions are append-only; revision {entry.Entity.Id} was {entry.State.ToString().ToLowerInvariant()}.");
        }
    }
}
