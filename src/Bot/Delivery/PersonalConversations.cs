using System.Collections.Concurrent;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Delivery;

/// <summary>
/// The bot's 1:1 conversation with each person: created on the first message to them and stored on the
/// member, so it is created once however many messages are queued for them at the same time.
/// </summary>
public sealed class PersonalConversations(
    IConnectorClient connector,
    IDbContextFactory<IronArmyDbContext> databases,
    IOptions<DeliveryOptions> options,
    IConfiguration configuration)
{
    // One creation in flight per member; finished ids stay so later rows in the same batch (read before
    // the id was saved) reuse it. The map holds one short string per person the bot has written to.
    private readonly ConcurrentDictionary<long, Lazy<Task<string>>> _byMember = new();

    private readonly string? _botId = ResolveBotId(options.Value, configuration);

    /// <summary>
    /// Returns the conversation id, creating the conversation if needed. <paramref name="beforeCall"/> is the
    /// caller's rate-limit gate (creation counts against Teams' limits like any call); it throws to abort.
    /// </summary>
    public async Task<string> EnsureAsync(
        OutboxRecipients.Recipient recipient, string tenantId, string serviceUrl,
        Func<CancellationToken, Task> beforeCall, CancellationToken ct)
    {
        if (recipient.PersonalConversationId is { } known) return known;
        var creation = _byMember.GetOrAdd(recipient.MemberId,
            _ => new Lazy<Task<string>>(() => CreateAsync(recipient, tenantId, serviceUrl, beforeCall, ct)));
        try
        {
            return await creation.Value;
        }
        catch
        {
            // Let the next attempt try again rather than replay this failure.
            _byMember.TryRemove(KeyValuePair.Create(recipient.MemberId, creation));
            throw;
        }
    }

    private async Task<string> CreateAsync(
        OutboxRecipients.Recipient recipient, string tenantId, string serviceUrl,
        Func<CancellationToken, Task> beforeCall, CancellationToken ct)
    {
        await beforeCall(ct);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = _botId is null ? null : new ChannelAccount { Id = _botId },
            Members = [new ChannelAccount { Id = recipient.TeamsUserId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        };
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, ct);
        if (string.IsNullOrEmpty(created.Id))
            throw new InvalidOperationException("The connector created a conversation but returned no id.");

        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        await db.SavePersonalConversationAsync(recipient.MemberId, created.Id, CancellationToken.None);
        return created.Id;
    }

    private static string? ResolveBotId(DeliveryOptions options, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(options.BotId)) return options.BotId;
        var appId = configuration["MicrosoftAppId"];
        return string.IsNullOrWhiteSpace(appId) ? null : "28:" + appId;
    }
}
