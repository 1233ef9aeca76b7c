using System.Net;
using System.Text.Json;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Delivery;

/// <summary>What one attempt at an outbox row came to; the dispatcher turns it into the row's next state.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult() { }

    public sealed record Sent(string? ActivityId) : DeliveryResult;

    /// <summary>Not attempted now (our own limits, the tenant's pause, a lease running short); not a failure.</summary>
    public sealed record Deferred(DateTime UntilUtc) : DeliveryResult;

    /// <summary>Teams answered 429; <see cref="RetryAfter"/> is its Retry-After, when given.</summary>
    public sealed record Throttled(TimeSpan? RetryAfter, string Error) : DeliveryResult;

    /// <summary>412, 5xx, timeouts, network failures: worth another attempt after a backoff.</summary>
    public sealed record Transient(string Error, TimeSpan? RetryAfter) : DeliveryResult;

    /// <summary>Any other 4xx or a malformed row: retrying cannot help.</summary>
    public sealed record Permanent(string Error) : DeliveryResult;

    /// <summary>403: the person blocked the bot, or the bot is no longer in the conversation.</summary>
    public sealed record Unreachable(string Error) : DeliveryResult;

    /// <summary>Classifies a failed connector call. <paramref name="timedOut"/> is true when our own send timeout cancelled it.</summary>
    public static DeliveryResult FromException(Exception exception, bool timedOut) => exception switch
    {
        ConnectorException { StatusCode: HttpStatusCode.TooManyRequests } c => new Throttled(c.RetryAfter, Describe(c)),
        ConnectorException { StatusCode: HttpStatusCode.Forbidden } c => new Unreachable(Describe(c)),
        ConnectorException { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed } c => new Transient(Describe(c), c.RetryAfter),
        ConnectorException c when (int)c.StatusCode >= 500 => new Transient(Describe(c), c.RetryAfter),
        ConnectorException c => new Permanent(Describe(c)),
        OperationCanceledException when timedOut => new Transient("Timed out waiting for the connector.", null),
        TimeoutException t => new Transient($"Timed out: {t.Message}", null),
        HttpRequestException h => new Transient($"Network error: {h.Message}", null),
        JsonException j => new Permanent($"The stored activity is not valid JSON: {j.Message}"),
        _ => new Permanent($"{exception.GetType().Name}: {exception.Message}"),
    };

    private static string Describe(ConnectorException c) =>
        $"{(int)c.StatusCode} {c.ErrorCode ?? c.StatusCode.ToString()}: {c.Message}";
}
