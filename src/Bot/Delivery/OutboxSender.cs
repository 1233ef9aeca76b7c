using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Data.Delivery;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// Turns one claimed outbox row into connector calls, inside Teams' limits: the conversation's per-second
/// budget, the tenant's per-second budget and any 429 pause. Never throws for a send failure; the
/// <see cref="DeliveryResult"/> says what happened.
/// </summary>
public sealed class OutboxSender(
    IConnectorClient connector,
    PersonalConversations personalConversations,
    DeliveryThrottle throttle,
    IOptions<DeliveryOptions> options,
    ServiceUrlTrust trust,
    TimeProvider time)
{
    private readonly DeliveryOptions _options = options.Value;

    /// <param name="recipient">The member for <see cref="OutboxTarget.Member"/> rows; null otherwise or when the member is gone.</param>
    /// <param name="leaseUntilUtc">The claim's lease; a call that could outlast it is not started.</param>
    /// <param name="stop">The host stopping: waits are abandoned and the row handed back.</param>
    public async Task<DeliveryResult> SendAsync(OutboxMessage row, OutboxRecipients.Recipient? recipient, DateTime leaseUntilUtc, CancellationToken stop)
    {
        var timedOut = false;
        // Rows are only ever queued with a serviceUrl from a validated activity (a reply) or a stored
        // team (learned the same way), but possibly by another instance: what is queued is trusted.
        trust.Trust(row.ServiceUrl);
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(row.ActivityJson)
                           ?? throw new JsonException("The stored activity is null.");

            string conversationId;
            if (row.Target == OutboxTarget.Member)
            {
                if (recipient is null) return new DeliveryResult.Permanent($"Member {row.MemberId} does not exist.");
                conversationId = await personalConversations.EnsureAsync(
                    recipient, row.TenantId, row.ServiceUrl, c => GateAsync(row.TenantId, leaseUntilUtc, c), stop);
            }
            else
            {
                conversationId = row.ConversationId
                                 ?? throw new InvalidOperationException($"A {row.Target} row has no conversation id.");
            }

            if (throttle.TryAcquireConversation(conversationId) is { } wait)
                return new DeliveryResult.Deferred(Now() + wait);
            await GateAsync(row.TenantId, leaseUntilUtc, stop);

            activity.Conversation ??= new ConversationAccount();
            activity.Conversation.Id = conversationId;
            using var timeout = new CancellationTokenSource(_options.SendTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
            try
            {
                var response = row.Target == OutboxTarget.Update
                    ? await connector.UpdateActivityAsync(row.ServiceUrl, conversationId,
                        row.TargetActivityId ?? throw new InvalidOperationException("An Update row has no target activity id."),
                        WithId(activity, row.TargetActivityId), linked.Token)
                    : await connector.SendToConversationAsync(row.ServiceUrl, conversationId, activity, linked.Token);
                return new DeliveryResult.Sent(response.Id ?? row.TargetActivityId);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stop.IsCancellationRequested)
            {
                timedOut = true;
                throw;
            }
        }
        catch (SendPostponedException paused)
        {
            return new DeliveryResult.Deferred(paused.UntilUtc);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return DeliveryResult.FromException(e, timedOut);
        }
    }

    /// <summary>Waits for the tenant's next request slot; refuses (by throwing) while the tenant is paused or the lease is running out.</summary>
    private async Task GateAsync(string tenantId, DateTime leaseUntilUtc, CancellationToken ct)
    {
        if (throttle.PausedUntilUtc(tenantId) is { } before) throw new SendPostponedException(before);
        await throttle.AcquireTenantAsync(tenantId, ct);
        // A 429 may have arrived while this call waited for its slot.
        if (throttle.PausedUntilUtc(tenantId) is { } after) throw new SendPostponedException(after);
        if (Now() + _options.SendTimeout > leaseUntilUtc) throw new SendPostponedException(Now());
    }

    private static Activity WithId(Activity activity, string id)
    {
        activity.Id = id;
        return activity;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    /// <summary>Unwinds a send that must not start now; the row goes back to pending until <see cref="UntilUtc"/>.</summary>
    private sealed class SendPostponedException(DateTime untilUtc) : Exception("The send must wait.")
    {
        public DateTime UntilUtc { get; } = untilUtc;
    }
}
