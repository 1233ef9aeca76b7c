using System.Text.Json;
using System.Text.Json.Serialization;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// Every proactive message goes through here: the rows each feature builds — to a person's 1:1 chat
/// (created on first send), to a conversation such as the team channel or the chat a command came
/// from, or replacing a post — queued in the database (due at once; the key is what makes a repeat
/// harmless), then the dispatcher woken so it sends now rather than at its next poll.
/// </summary>
public sealed class Outbox(IronArmyDbContext db, IOutboxWake wake, TimeProvider clock)
{
    /// <summary>Saves the rows whose keys are new and wakes the dispatcher; returns how many were new.</summary>
    public async Task<int> QueueAsync(IReadOnlyCollection<OutboxMessage> rows, CancellationToken ct)
    {
        var added = await db.EnqueueAsync(rows, ct);
        if (added > 0) wake.Wake();
        return added;
    }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public OutboxMessage ToMember(Team team, Member member, string key, Activity activity)
    {
        var row = Row(team.TenantId, team.ServiceUrl, key, activity, OutboxTarget.Member);
        row.TeamId = team.Id;
        row.MemberId = member.Id;
        return row;
    }

    public OutboxMessage ToChannel(Team team, string key, Activity activity)
    {
        var row = Row(team.TenantId, team.ServiceUrl, key, activity, OutboxTarget.Conversation);
        row.TeamId = team.Id;
        row.ConversationId = team.ChannelId ?? throw new InvalidOperationException($"Team {team.Id} has no channel.");
        return row;
    }

    public OutboxMessage ToConversation(string tenantId, string serviceUrl, string conversationId, string key, Activity activity)
    {
        var row = Row(tenantId, serviceUrl, key, activity, OutboxTarget.Conversation);
        row.ConversationId = conversationId;
        return row;
    }

    public OutboxMessage Replace(string tenantId, string serviceUrl, string conversationId, string activityId, string key, Activity activity)
    {
        var row = Row(tenantId, serviceUrl, key, activity, OutboxTarget.Update);
        row.ConversationId = conversationId;
        row.TargetActivityId = activityId;
        return row;
    }

    /// <summary>Keys hold ids Teams chose; the column holds 200. A longer key keeps its start and a hash of the whole, never a cut that could collide.</summary>
    private static string Fit(string key) =>
        key.Length <= 200 ? key : $"{key[..120]}#{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))}";

    private OutboxMessage Row(string tenantId, string serviceUrl, string key, Activity activity, OutboxTarget target)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            IdempotencyKey = Fit(key),
            TenantId = tenantId,
            ServiceUrl = serviceUrl,
            Target = target,
            ActivityJson = JsonSerializer.Serialize(activity, Json),
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
    }
}
