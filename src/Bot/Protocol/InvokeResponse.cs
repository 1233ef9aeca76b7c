using System.Text.Json;
using System.Text.Json.Serialization;

namespace IronArmy.Bot.Protocol;

/// <summary>The answer to an invoke: an HTTP status and, for adaptiveCard/action, a body {statusCode, type, value}.</summary>
public sealed record InvokeResponse(int Status, object? Body)
{
    public static InvokeResponse Card(JsonElement card) =>
        new(200, new AdaptiveCardInvokeResponse(200, "application/vnd.microsoft.card.adaptive", card));

    public static InvokeResponse Message(string text) =>
        new(200, new AdaptiveCardInvokeResponse(200, "application/vnd.microsoft.activity.message", text));

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, new AdaptiveCardInvokeResponse(statusCode, "application/vnd.microsoft.error", new InvokeError(code, message)));
}

public sealed record AdaptiveCardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] object? Value);

public sealed record InvokeError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
