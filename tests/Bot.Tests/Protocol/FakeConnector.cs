using System.Net;
using System.Text;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>An in-process Bot Connector: records what the client sent and answers what the test chose.</summary>
public sealed class FakeConnector : HttpMessageHandler
{
    public sealed record Call(HttpMethod Method, string Url, string? Authorization, string? Body);

    public List<Call> Calls { get; } = [];

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } =
        (_, _) => Task.FromResult(Json(HttpStatusCode.Created, """{"id":"1700000000001"}"""));

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        Calls.Add(new Call(request.Method, request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), body));
        return await Respond(request, ct);
    }
}

public sealed class CountingTokenProvider(string? token) : IBotTokenProvider
{
    public int Requests { get; private set; }

    public Task<string?> GetTokenAsync(CancellationToken ct)
    {
        Requests++;
        return Task.FromResult(token);
    }
}
