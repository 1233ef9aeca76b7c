using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IronArmy.Bot.Protocol;

/// <summary>
/// The Bot Connector REST API v3 over a typed HttpClient (protocol.md §5). No retries here: the outbox
/// dispatcher owns retry policy. An HttpClient timeout surfaces as <see cref="TimeoutException"/>;
/// cancellation by the caller's token stays an <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens, ServiceUrlTrust trust, TimeProvider time) : IConnectorClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The body is UTF-8 JSON for the connector, never HTML. The default encoder writes every
        // Chinese character as a 6-byte \uXXXX escape, which would double a zh-CN card on the wire
        // past Teams' 28 KB message limit that cards are sized against (CardJson.MaxCardBytes).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, ct);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, ct);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        CallAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        CallAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct);

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={pageSize}";
        if (!string.IsNullOrEmpty(continuationToken))
            path += $"&continuationToken={Escape(continuationToken)}";
        return CallAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, ct);
    }

    public Task<ConversationList> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken ct) =>
        CallAsync<ConversationList>(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}/conversations", null, ct);

    private async Task<T> CallAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken ct) where T : new()
    {
        // Checked before a token is even requested: the token must never reach an unvalidated host.
        if (!trust.IsTrusted(serviceUrl))
            throw new UntrustedServiceUrlException(serviceUrl);

        using var request = new HttpRequestMessage(method, Join(serviceUrl, path));
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        if (await tokens.GetTokenAsync(ct) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Connector call {method} {request.RequestUri?.AbsolutePath} timed out after {http.Timeout}.", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw await ConnectorErrorAsync(response, ct);

            var content = await response.Content.ReadAsStringAsync(ct);
            return string.IsNullOrWhiteSpace(content) ? new T() : JsonSerializer.Deserialize<T>(content, Json) ?? new T();
        }
    }

    /// <summary>serviceUrl may or may not end with '/' (the Playground's does not); a '//' in the path gets a 404.</summary>
    internal static Uri Join(string serviceUrl, string path) => new($"{serviceUrl.TrimEnd('/')}/{path}");

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private async Task<ConnectorException> ConnectorErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        string? code = null;
        string? message = response.ReasonPhrase;
        var content = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var doc = JsonDocument.Parse(content);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : message;
            }
        }
        catch (JsonException)
        {
            // Not Teams' error shape (proxies answer HTML); the status code is what matters.
        }
        return new ConnectorException(response.StatusCode, code, message, RetryAfterOf(response));
    }

    /// <summary>Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3).</summary>
    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
