using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Routes each authenticated activity to the feature that owns it: install and roster events,
/// text commands, card actions. Unknown activity types are acknowledged and ignored.
/// </summary>
public sealed class ActivityRouter(
    IronArmyDbContext db,
    IConversationEvents events,
    CommandRouter commands,
    CardActions cardActions,
    ServiceUrlRefresh serviceUrls) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity a, CancellationToken ct)
    {
        try
        {
            return await RouteAsync(a, ct);
        }
        catch (DbUpdateException)
        {
            // Teams sends installationUpdate and conversationUpdate together, so two requests can
            // race to create the same tenant, team or member. Every step is an upsert or an
            // idempotent outbox key, so running the loser again against the winner's rows is safe.
            db.ChangeTracker.Clear();
            return await RouteAsync(a, ct);
        }
    }

    private async Task<InvokeResponse?> RouteAsync(Activity a, CancellationToken ct)
    {
        await serviceUrls.RefreshAsync(a, ct);
        switch (a.Type)
        {
            case ActivityTypes.InstallationUpdate:
                await events.OnInstallationUpdateAsync(a, ct);
                return null;
            case ActivityTypes.ConversationUpdate:
                await events.OnConversationUpdateAsync(a, ct);
                return null;
            case ActivityTypes.Message when a.Value is { ValueKind: System.Text.Json.JsonValueKind.Object }:
                if (!await cardActions.OnSubmitAsync(a, ct)) await commands.HandleAsync(a, ct);
                return null;
            case ActivityTypes.Message:
                await commands.HandleAsync(a, ct);
                return null;
            case ActivityTypes.Invoke when a.Name == "adaptiveCard/action" && PressedCommand(a) is { } words:
                // A command button: carried out as typed, answered in the chat; the card stays.
                await commands.HandleAsync(Said(a, words), ct);
                return InvokeResponse.Message(words);
            case ActivityTypes.Invoke when a.Name == "adaptiveCard/action":
                return await cardActions.OnExecuteAsync(a, ct);
            case ActivityTypes.Invoke:
                return InvokeResponse.Error(400, "NotSupported", Texts.For(a.Locale)["Reply_EmptyHint"]);
            default:
                return null;
        }
    }

    private static string? PressedCommand(Activity a) =>
        a.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && verb.GetString() == CommandButton.Verb
        && action.TryGetProperty("data", out var data)
            ? CommandButton.WordsOf(data)
            : null;

    /// <summary>The press as the message the person would have typed: same person, chat and id (so one reply per press).</summary>
    private static Activity Said(Activity press, string words) => new()
    {
        Type = ActivityTypes.Message,
        Id = press.Id,
        Timestamp = press.Timestamp,
        ServiceUrl = press.ServiceUrl,
        ChannelId = press.ChannelId,
        From = press.From,
        Recipient = press.Recipient,
        Conversation = press.Conversation,
        ChannelData = press.ChannelData,
        Locale = press.Locale,
        Text = words,
    };
}
