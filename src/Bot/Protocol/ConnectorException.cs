using System.Net;

namespace IronArmy.Bot.Protocol;

/// <summary>A non-success answer from the Bot Connector, with what a caller needs to decide on a retry.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string? errorCode, string? message, TimeSpan? retryAfter)
    : Exception($"Connector answered {(int)statusCode} {errorCode}: {message}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>Teams' error code, e.g. <c>ConversationBlockedByUser</c>, <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
