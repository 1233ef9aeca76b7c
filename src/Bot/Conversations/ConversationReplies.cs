using IronArmy.Data.Delivery;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Data;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Answers to what a person just sent. They go through the outbox like every other message,
/// keyed by the inbound activity id, so a re-delivered activity is never answered twice and
/// the request returns before any call to Teams is made.
/// </summary>
public sealed class ConversationReplies(Outbox outbox)
{
    public async Task ReplyAsync(Activity inbound, Activity reply, CancellationToken ct)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ReplyToId = inbound.Id;
        var key = $"reply:{inbound.Conversation?.Id}:{inbound.Id ?? Guid.NewGuid().ToString("N")}";
        await outbox.QueueAsync([outbox.ToConversation(inbound.TenantId() ?? "", inbound.ServiceUrl!, inbound.Conversation!.Id!, key, reply)], ct);
    }

    /// <summary>Replaces the card a person acted on (Action.Submit cannot answer in the HTTP response).</summary>
    public async Task ReplaceCardAsync(Activity inbound, Activity card, CancellationToken ct)
    {
        if (inbound.ReplyToId is not { } cardActivityId)
        {
            await ReplyAsync(inbound, card, ct);
            return;
        }

        card.Type ??= ActivityTypes.Message;
        var key = $"replace:{inbound.Conversation?.Id}:{inbound.Id ?? Guid.NewGuid().ToString("N")}";
        await outbox.QueueAsync([outbox.Replace(inbound.TenantId() ?? "", inbound.ServiceUrl!, inbound.Conversation!.Id!, cardActivityId, key, card)], ct);
    }
}
