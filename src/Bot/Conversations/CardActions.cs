using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Buttons pressed on the bot's cards. Action.Execute arrives as an <c>adaptiveCard/action</c> invoke
/// and is answered with the new card in the HTTP response; the Action.Submit fallback arrives as a
/// message with a value and the card is replaced through the outbox (PUT), as the protocol requires.
/// </summary>
public sealed class CardActions(IServiceProvider services, IOptions<CardActionRoutes> routes, SpeakerLookup speakers, ConversationReplies replies)
{
    public async Task<InvokeResponse> OnExecuteAsync(Activity a, CancellationToken ct)
    {
        var action = a.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var act) ? act : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var vb) ? vb.GetString() : null;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
        var t = Texts.For(a.Locale);
        if (!Handles(verb)) return InvokeResponse.Error(400, "NotSupported", t["Reply_EmptyHint"]);
        if (await speakers.FindAsync(a, ct) is not { } speaker) return InvokeResponse.Message(t["Reply_NoTeam"]);
        return InvokeResponse.Card(CardJson.ToJsonElement(await PressAsync(speaker, verb!, data, ct)));
    }

    /// <summary>True when the message was a card's submit this feature understood.</summary>
    public async Task<bool> OnSubmitAsync(Activity a, CancellationToken ct)
    {
        var value = a.Value!.Value;
        var verb = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("verb", out var vb) ? vb.GetString() : null;
        if (!Handles(verb)) return false;
        if (await speakers.FindAsync(a, ct) is not { } speaker)
        {
            await replies.ReplyAsync(a, CardMessage.Text(Texts.For(a.Locale)["Reply_NoTeam"]), ct);
            return true;
        }

        await replies.ReplaceCardAsync(a, CardMessage.Of(await PressAsync(speaker, verb!, value, ct)), ct);
        return true;
    }

    private bool Handles(string? verb) => verb is not null && routes.Value.HandlerOf(verb) is not null;

    private Task<AdaptiveCard> PressAsync(Speaker speaker, string verb, JsonElement data, CancellationToken ct) =>
        ((ICardAction)services.GetRequiredService(routes.Value.HandlerOf(verb)!)).PressAsync(speaker, verb, data, ct);
}
