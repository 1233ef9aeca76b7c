using System.Net;
using Microsoft.IdentityModel.Tokens;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>
/// protocol.md §3 through the real host: tokens signed by test keys that a loopback metadata endpoint publishes.
/// The app id is set, so nothing gets in without a valid token.
/// </summary>
public sealed class InboundAuthenticationTests(BotFrameworkMetadataServer metadata) : IClassFixture<BotFrameworkMetadataServer>, IDisposable
{
    private readonly BotFactory _bot = new("Production", BotFrameworkMetadataServer.AppId, metadata.MetadataUrl, BotFrameworkMetadataServer.AppPassword);

    public void Dispose() => _bot.Dispose();

    private async Task<HttpStatusCode> PostAsync(string? token, string? body = null)
    {
        using var client = _bot.CreateClient();
        using var response = await client.SendAsync(ActivityJson.Post(body ?? ActivityJson.Message(), token));
        return response.StatusCode;
    }

    [Fact]
    public async Task Valid_token_is_accepted_and_its_serviceUrl_becomes_trusted()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(metadata.TeamsKey.CreateToken()));

        var activity = Assert.Single(_bot.Handler.Received);
        Assert.Equal("help", activity.Text);
        Assert.True(_bot.Trust.IsTrusted(BotFrameworkMetadataServer.ServiceUrl));
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Other_RSA_algorithms_the_SDK_allows_are_accepted(string algorithm) =>
        Assert.Equal(HttpStatusCode.OK, await PostAsync(metadata.TeamsKey.CreateToken(algorithm: algorithm)));

    [Fact]
    public async Task ServiceUrl_claim_is_compared_case_insensitively() =>
        Assert.Equal(HttpStatusCode.OK, await PostAsync(metadata.TeamsKey.CreateToken(serviceUrl: BotFrameworkMetadataServer.ServiceUrl.ToUpperInvariant())));

    [Fact]
    public async Task Expired_within_the_five_minute_skew_is_still_accepted() =>
        Assert.Equal(HttpStatusCode.OK, await PostAsync(metadata.TeamsKey.CreateToken(expires: DateTime.UtcNow.AddMinutes(-2))));

    public static TheoryData<string, string> RejectedTokens => new()
    {
        { "wrong audience", "audience" },
        { "wrong issuer", "issuer" },
        { "expired beyond skew", "expired" },
        { "key not endorsed for msteams", "webchat" },
        { "serviceurl claim mismatch", "serviceurl" },
        { "missing serviceurl claim", "no-serviceurl" },
        { "unknown kid", "unknown-kid" },
        { "not a JWT", "garbage" },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Rejected_with_401_and_never_reaches_the_handler(string because, string variant)
    {
        var token = variant switch
        {
            "audience" => metadata.TeamsKey.CreateToken(audience: "another-bot"),
            "issuer" => metadata.TeamsKey.CreateToken(issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "expired" => metadata.TeamsKey.CreateToken(expires: DateTime.UtcNow.AddMinutes(-6)),
            "webchat" => metadata.WebchatKey.CreateToken(),
            "serviceurl" => metadata.TeamsKey.CreateToken(serviceUrl: "https://attacker.example/amer/"),
            "no-serviceurl" => metadata.TeamsKey.CreateToken(serviceUrl: null),
            "unknown-kid" => new TestSigningKey("not-published", "msteams").CreateToken(),
            _ => "not.a.jwt",
        };

        Assert.True(HttpStatusCode.Unauthorized == await PostAsync(token), because);
        Assert.Empty(_bot.Handler.Received);
        Assert.False(_bot.Trust.IsTrusted(BotFrameworkMetadataServer.ServiceUrl), because);
    }

    [Fact]
    public async Task Activity_for_another_serviceUrl_than_the_token_names_is_rejected()
    {
        var status = await PostAsync(metadata.TeamsKey.CreateToken(), ActivityJson.Message(serviceUrl: "https://attacker.example/amer/"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(_bot.Trust.IsTrusted("https://attacker.example/amer/"));
    }

    [Fact]
    public async Task Teams_key_does_not_admit_an_activity_claiming_another_channel() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(metadata.TeamsKey.CreateToken(), ActivityJson.Message(channelId: "webchat-evil")));

    [Fact]
    public async Task No_token_is_rejected_when_an_app_id_is_configured()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token: null));
        Assert.Empty(_bot.Handler.Received);
    }

    [Fact]
    public async Task Non_bearer_scheme_is_rejected()
    {
        using var client = _bot.CreateClient();
        using var request = ActivityJson.Post(ActivityJson.Message());
        request.Headers.Authorization = new("Basic", "dXNlcjpwYXNz");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Rejection_leaks_no_detail()
    {
        using var client = _bot.CreateClient();
        using var response = await client.SendAsync(ActivityJson.Post(ActivityJson.Message(), metadata.WebchatKey.CreateToken()));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("WWW-Authenticate"));
    }
}
