using System.Text.Json;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Answers to what a person just sent. They go through the outbox like every other message,
/// keyed by the inbound activity id, so a re-delivered activity is never answered twice and
/// the request returns before any call to Teams is made.
/// </summary>
public sealed class ConversationReplies(IronArmyDbContext db, IOutboxWake signal, TimeProvider clock)
{
    public async Task ReplyAsync(Activity inbound, Activity reply, CancellationToken ct, string? keySuffix = null)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ReplyToId = inbound.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var key = $"reply:{inbound.Conversation?.Id}:{inbound.Id ?? Guid.NewGuid().ToString("N")}{(keySuffix is null ? "" : ":" + keySuffix)}";
        var added = await db.EnqueueAsync(
        [
            new OutboxMessage
            {
                IdempotencyKey = key.Length <= 200 ? key : key[..200],
                TenantId = inbound.TenantId() ?? "",
                ServiceUrl = inbound.ServiceUrl!,
                ConversationId = inbound.Conversation!.Id,
                Target = OutboxTarget.Conversation,
                ActivityJson = JsonSerializer.Serialize(reply),
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
            },
        ], ct);
        if (added > 0) signal.Wake();
    }
}
