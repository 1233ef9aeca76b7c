using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;

namespace IronArmy.Benchmarks;

/// <summary>
/// STAND-IN, benchmark only: a minimal unauthenticated HTTP client for the three connector calls the
/// dispatcher makes, so the benchmark runs before the protocol branch's real <c>ConnectorClient</c> is merged.
/// Replace it with the real client in <see cref="Program"/>'s connector factory (one line) after the merge.
/// </summary>
internal sealed class StandInConnectorClient(HttpClient http) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        throw new NotSupportedException("The stand-in only has what the dispatcher calls.");

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        throw new NotSupportedException("The stand-in only has what the dispatcher calls.");

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken ct) =>
        throw new NotSupportedException("The stand-in only has what the dispatcher calls.");

    public Task<ConversationList> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken ct) =>
        throw new NotSupportedException("The stand-in only has what the dispatcher calls.");

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path))
        {
            Content = JsonContent.Create(body, body.GetType()),
        };
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter is { } r
                ? r.Delta ?? (r.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            string? code = null;
            string? message = null;
            try
            {
                using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                if (error.RootElement.TryGetProperty("error", out var e))
                {
                    code = e.TryGetProperty("code", out var c) ? c.GetString() : null;
                    message = e.TryGetProperty("message", out var m) ? m.GetString() : null;
                }
            }
            catch (JsonException)
            {
                // The body is only for the error text.
            }

            throw new ConnectorException(response.StatusCode, code, message ?? response.ReasonPhrase, retryAfter);
        }

        return await response.Content.ReadFromJsonAsync<T>(ct)
               ?? throw new ConnectorException(HttpStatusCode.BadGateway, null, "Empty body from the connector.", null);
    }
}
