using System.Net;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace IronArmy.Bot.Tests.Protocol;

public sealed class ConnectorClientTests
{
    private const string Teams = "https://smba.trafficmanager.net/amer/";
    private const string Playground = "http://localhost:56150/_connector";

    private readonly FakeConnector _connector = new();
    private readonly CountingTokenProvider _tokens = new("bot-token");
    private readonly ServiceUrlTrust _trust = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 7, 40, 0, TimeSpan.Zero));

    public ConnectorClientTests()
    {
        _trust.Trust(Teams);
        _trust.Trust(Playground);
    }

    private ConnectorClient Client(IBotTokenProvider? tokens = null, TimeSpan? timeout = null) =>
        new(new HttpClient(_connector) { Timeout = timeout ?? TimeSpan.FromSeconds(30) }, tokens ?? _tokens, _trust, _time);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Send_posts_the_activity_with_the_bot_token_to_the_escaped_conversation()
    {
        var sent = await Client().SendToConversationAsync(Teams, "19:abc@thread.tacv2;messageid=42", Message("早上好"), CancellationToken.None);

        Assert.Equal("1700000000001", sent.Id);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities", call.Url);
        Assert.Equal("Bearer bot-token", call.Authorization);
        using var body = JsonDocument.Parse(call.Body!);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("早上好", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("replyToId", out _)); // nulls are not sent
    }

    [Fact]
    public async Task Chinese_goes_on_the_wire_as_utf8_not_as_escapes()
    {
        var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "晚间汇总：每天拜访八个客户" } } });
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }] };

        await Client().SendToConversationAsync(Teams, "a:1", activity, CancellationToken.None);

        var body = Assert.Single(_connector.Calls).Body!;
        Assert.Contains("晚间汇总：每天拜访八个客户", body);
        Assert.DoesNotContain("\\u", body);
    }

    [Theory]
    [InlineData(Playground, "http://localhost:56150/_connector/v3/conversations/a%3A1/activities")]
    [InlineData(Playground + "/", "http://localhost:56150/_connector/v3/conversations/a%3A1/activities")]
    [InlineData(Teams, "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    public async Task ServiceUrl_and_path_join_with_exactly_one_slash(string serviceUrl, string expected)
    {
        await Client().SendToConversationAsync(serviceUrl, "a:1", Message("hi"), CancellationToken.None);

        Assert.Equal(expected, Assert.Single(_connector.Calls).Url);
    }

    [Fact]
    public async Task Reply_update_and_delete_address_the_activity()
    {
        var client = Client();
        await client.ReplyToActivityAsync(Teams, "a:1", "act:9", Message("reply"), CancellationToken.None);
        await client.UpdateActivityAsync(Teams, "a:1", "act:9", Message("updated"), CancellationToken.None);
        _connector.Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        await client.DeleteActivityAsync(Teams, "a:1", "act:9", CancellationToken.None);

        const string activityUrl = Teams + "v3/conversations/a%3A1/activities/act%3A9";
        Assert.Equal(
            [(HttpMethod.Post, activityUrl), (HttpMethod.Put, activityUrl), (HttpMethod.Delete, activityUrl)],
            _connector.Calls.Select(c => (c.Method, c.Url)));
        Assert.Contains("updated", _connector.Calls[1].Body);
        Assert.Null(_connector.Calls[2].Body);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_reads_the_new_ids()
    {
        _connector.Respond = (_, _) => Task.FromResult(FakeConnector.Json(HttpStatusCode.Created, """{"id":"a:new1on1","activityId":"root-1"}"""));
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-1" } },
        };

        var created = await Client().CreateConversationAsync(Teams, parameters, CancellationToken.None);

        Assert.Equal(("a:new1on1", "root-1"), (created.Id, created.ActivityId));
        var call = Assert.Single(_connector.Calls);
        Assert.Equal((HttpMethod.Post, Teams + "v3/conversations"), (call.Method, call.Url));
        using var body = JsonDocument.Parse(call.Body!);
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Paged_members_passes_page_size_and_escaped_continuation_token()
    {
        _connector.Respond = (_, _) => Task.FromResult(FakeConnector.Json(HttpStatusCode.OK,
            """{"continuationToken":"next","members":[{"id":"29:a","name":"A","aadObjectId":"aad-a","userPrincipalName":"a@x.com"}]}"""));
        var client = Client();

        var first = await client.GetPagedMembersAsync(Teams, "19:team@thread.tacv2", 500, null, CancellationToken.None);
        await client.GetPagedMembersAsync(Teams, "19:team@thread.tacv2", 500, "a+b/c=", CancellationToken.None);

        Assert.Equal("next", first.ContinuationToken);
        Assert.Equal("aad-a", Assert.Single(first.Members).AadObjectId);
        Assert.Equal(Teams + "v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500", _connector.Calls[0].Url);
        Assert.Equal(Teams + "v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500&continuationToken=a%2Bb%2Fc%3D", _connector.Calls[1].Url);
        Assert.All(_connector.Calls, c => Assert.Equal(HttpMethod.Get, c.Method));
    }

    [Fact]
    public async Task Team_channels_are_read_from_the_teams_path()
    {
        _connector.Respond = (_, _) => Task.FromResult(FakeConnector.Json(HttpStatusCode.OK,
            """{"conversations":[{"id":"19:general@thread.tacv2","name":null},{"id":"19:sales@thread.tacv2","name":"Sales"}]}"""));

        var channels = await Client().GetTeamChannelsAsync(Teams, "19:team@thread.tacv2", CancellationToken.None);

        Assert.Equal(["19:general@thread.tacv2", "19:sales@thread.tacv2"], channels.Conversations.Select(c => c.Id));
        Assert.Equal(Teams + "v3/teams/19%3Ateam%40thread.tacv2/conversations", Assert.Single(_connector.Calls).Url);
    }

    [Fact]
    public async Task Teams_error_body_becomes_a_connector_exception_with_its_code()
    {
        _connector.Respond = (_, _) => Task.FromResult(FakeConnector.Json(HttpStatusCode.Forbidden,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Teams, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("ConversationBlockedByUser", ex.ErrorCode);
        Assert.Contains("User blocked the conversation", ex.Message);
        Assert.Null(ex.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_reported()
    {
        _connector.Respond = (_, _) =>
        {
            var response = FakeConnector.Json(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled","message":"slow down"}}""");
            response.Headers.Add("Retry-After", "7");
            return Task.FromResult(response);
        };

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Teams, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal((HttpStatusCode.TooManyRequests, "Throttled", TimeSpan.FromSeconds(7)), (ex.StatusCode, ex.ErrorCode, ex.RetryAfter));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_measured_from_now()
    {
        _connector.Respond = (_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            response.Headers.Add("Retry-After", _time.GetUtcNow().AddSeconds(45).ToString("R"));
            return Task.FromResult(response);
        };

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Teams, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(45), ex.RetryAfter);
    }

    [Fact]
    public async Task Non_json_error_keeps_the_status_without_a_code()
    {
        _connector.Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") });

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Teams, "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
    }

    [Fact]
    public async Task Failures_are_not_retried_inside_the_client()
    {
        _connector.Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Teams, "a:1", Message("hi"), CancellationToken.None));

        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Untrusted_serviceUrl_is_refused_before_a_token_is_even_requested()
    {
        var ex = await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => Client().SendToConversationAsync("https://attacker.example/amer/", "a:1", Message("hi"), CancellationToken.None));

        Assert.Equal("https://attacker.example/amer/", ex.ServiceUrl);
        Assert.Empty(_connector.Calls);
        Assert.Equal(0, _tokens.Requests);
    }

    [Fact]
    public async Task Anonymous_mode_sends_no_authorization_header()
    {
        await Client(new AnonymousTokenProvider()).SendToConversationAsync(Playground, "a:1", Message("hi"), CancellationToken.None);

        Assert.Null(Assert.Single(_connector.Calls).Authorization);
    }

    [Fact]
    public async Task A_timeout_is_a_TimeoutException_and_caller_cancellation_is_not()
    {
        _connector.Respond = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new System.Diagnostics.UnreachableException();
        };

        await Assert.ThrowsAsync<TimeoutException>(
            () => Client(timeout: TimeSpan.FromMilliseconds(50)).SendToConversationAsync(Teams, "a:1", Message("hi"), CancellationToken.None));

        using var caller = new CancellationTokenSource();
        var sending = Client().SendToConversationAsync(Teams, "a:1", Message("hi"), caller.Token);
        await caller.CancelAsync();
        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Equal(caller.Token, cancelled.CancellationToken);
    }
}
