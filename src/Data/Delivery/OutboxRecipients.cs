using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Delivery;

/// <summary>What the dispatcher needs to know and remember about the people it writes to.</summary>
public static class OutboxRecipients
{
    public sealed record Recipient(long MemberId, string TeamsUserId, string? PersonalConversationId);

    public static Task<Dictionary<long, Recipient>> GetRecipientsAsync(this IronArmyDbContext db, IReadOnlyCollection<long> memberIds, CancellationToken ct) =>
        db.Members.Where(m => memberIds.Contains(m.Id))
            .Select(m => new Recipient(m.Id, m.TeamsUserId, m.PersonalConversationId))
            .ToDictionaryAsync(r => r.MemberId, ct);

    /// <summary>Stores the 1:1 conversation id so it is created only once per person.</summary>
    public static Task<int> SavePersonalConversationAsync(this IronArmyDbContext db, long memberId, string conversationId, CancellationToken ct) =>
        db.Members.Where(m => m.Id == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonalConversationId, conversationId), ct);

    /// <summary>Teams answered 403 for this person; keeps the first instant it happened.</summary>
    public static Task<int> MarkUnreachableAsync(this IronArmyDbContext db, long memberId, DateTime nowUtc, CancellationToken ct) =>
        db.Members.Where(m => m.Id == memberId && m.UnreachableSinceUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.UnreachableSinceUtc, nowUtc), ct);
}
