using System.Net;
using System.Text.Json;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>POST /api/messages in dev-anonymous mode (the Agents Playground's situation): parsing, dispatch and answers.</summary>
public sealed class BotMessagesEndpointTests(BotFrameworkMetadataServer metadata) : IClassFixture<BotFrameworkMetadataServer>, IDisposable
{
    private const string PlaygroundServiceUrl = "http://localhost:56150/_connector";

    private readonly BotFactory _bot = new("Development", appId: "", metadata.MetadataUrl);

    public void Dispose() => _bot.Dispose();

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string? token = null)
    {
        using var client = _bot.CreateClient();
        using var response = await client.SendAsync(ActivityJson.Post(body, token));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Message_without_token_is_accepted_in_development_with_empty_app_id()
    {
        var (status, body) = await PostAsync(ActivityJson.Message(serviceUrl: PlaygroundServiceUrl));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", body);
        var activity = Assert.Single(_bot.Handler.Received);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("29:user", activity.From?.Id);
        Assert.Equal("a:1on1", activity.Conversation?.Id);
        Assert.Equal("tenant-1", activity.ChannelData?.Tenant?.Id);
        Assert.Equal("Asia/Shanghai", activity.LocalTimezone); // sent as "localTimeZone"
        Assert.True(_bot.Trust.IsTrusted(PlaygroundServiceUrl));
    }

    [Fact]
    public async Task A_token_is_still_fully_validated_in_anonymous_mode()
    {
        // Signed by a published, endorsed key, but no audience can match an empty app id.
        var (status, _) = await PostAsync(ActivityJson.Message(), metadata.TeamsKey.CreateToken());

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(_bot.Handler.Received);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"id\":\"1\",\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    public async Task Malformed_activity_is_400(string body)
    {
        var (status, _) = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(_bot.Handler.Received);
    }

    [Fact]
    public async Task Unknown_activity_type_is_answered_200()
    {
        var (status, body) = await PostAsync("{\"type\":\"somethingNew\",\"channelId\":\"msteams\"}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", body);
    }

    [Fact]
    public async Task Invoke_is_answered_with_the_handlers_invoke_response()
    {
        using var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Saved"}]}""");
        _bot.Handler.Answer = a => InvokeResponse.Card(card.RootElement.Clone());

        var (status, body) = await PostAsync(ActivityJson.Invoke());

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        Assert.Equal(200, answer.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.RootElement.GetProperty("type").GetString());
        Assert.Equal("Saved", answer.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        var invoke = Assert.Single(_bot.Handler.Received);
        Assert.Equal("kickoff.submit", invoke.Value?.GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task Invoke_status_from_the_handler_is_the_HTTP_status()
    {
        _bot.Handler.Answer = _ => new InvokeResponse(400, null);

        var (status, _) = await PostAsync(ActivityJson.Invoke());

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Handler_failure_on_a_message_is_logged_and_answered_200()
    {
        _bot.Handler.Answer = _ => throw new InvalidOperationException("database is down");

        var (status, body) = await PostAsync(ActivityJson.Message());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("database", body);
    }

    [Fact]
    public async Task Handler_failure_on_an_invoke_is_200_with_an_error_body()
    {
        _bot.Handler.Answer = _ => throw new InvalidOperationException("database is down");

        var (status, body) = await PostAsync(ActivityJson.Invoke());

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        Assert.Equal(500, answer.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", answer.RootElement.GetProperty("type").GetString());
        Assert.DoesNotContain("database", body);
    }

    [Fact]
    public async Task A_5xx_invoke_response_is_never_the_HTTP_status()
    {
        _bot.Handler.Answer = _ => InvokeResponse.Error(503, "Busy", "try later");

        var (status, body) = await PostAsync(ActivityJson.Invoke());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(503, JsonDocument.Parse(body).RootElement.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Unhandled_invoke_is_200_with_not_implemented_in_the_body()
    {
        var (status, body) = await PostAsync(ActivityJson.Invoke());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(501, JsonDocument.Parse(body).RootElement.GetProperty("statusCode").GetInt32());
    }
}
