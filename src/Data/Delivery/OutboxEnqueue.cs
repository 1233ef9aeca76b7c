using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Delivery;

/// <summary>
/// Adding proactive messages to the outbox. A key already present means the message was
/// queued before (a repeated job, command or install event), so it is skipped, never sent twice.
/// </summary>
public static class OutboxEnqueue
{
    /// <summary>Adds the messages whose keys are new and saves; returns how many were added.</summary>
    public static async Task<int> EnqueueAsync(this IronArmyDbContext db, IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0) return 0;
        var keys = messages.Select(m => m.IdempotencyKey).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        // Chunked so a large fan-out stays under SQL parameter limits.
        foreach (var chunk in keys.Chunk(500))
        {
            var found = await db.Outbox.Where(o => chunk.Contains(o.IdempotencyKey)).Select(o => o.IdempotencyKey).ToListAsync(ct);
            existing.UnionWith(found);
        }

        var fresh = messages.Where(m => existing.Add(m.IdempotencyKey)).ToList();
        db.Outbox.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (fresh.Count > 0)
        {
            // Another request queued one of the same keys in between: fall back to one at a time.
            foreach (var m in fresh) db.Entry(m).State = EntityState.Detached;
            var added = 0;
            foreach (var m in fresh)
            {
                db.Outbox.Add(m);
                try
                {
                    await db.SaveChangesAsync(ct);
                    added++;
                }
                catch (DbUpdateException)
                {
                    db.Entry(m).State = EntityState.Detached;
                }
            }

            return added;
        }

        return fresh.Count;
    }
}
