using System.Net;
using IronArmy.Bot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>MSAL client credentials against an in-process token endpoint: the request protocol.md §4 specifies, and its cache.</summary>
public sealed class ClientSecretTokenProviderTests
{
    private sealed class FakeMsalHttp(HttpMessageHandler handler) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => new(handler, disposeHandler: false);
    }

    private readonly FakeConnector _entra = new()
    {
        Respond = (_, _) => Task.FromResult(FakeConnector.Json(HttpStatusCode.OK,
            """{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"bf-token"}""")),
    };

    private ClientSecretTokenProvider Provider(BotAppType type, string tenant = "") =>
        new(Options.Create(new BotIdentityOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "s3cret", MicrosoftAppTenantId = tenant, MicrosoftAppType = type }),
            new FakeMsalHttp(_entra));

    [Fact]
    public async Task Single_tenant_asks_its_tenant_for_the_bot_framework_scope_once_and_caches()
    {
        var provider = Provider(BotAppType.SingleTenant, "contoso-tenant");

        Assert.Equal("bf-token", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("bf-token", await provider.GetTokenAsync(CancellationToken.None));

        var call = Assert.Single(_entra.Calls, c => c.Url.Contains("/oauth2/v2.0/token"));
        Assert.StartsWith("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token", call.Url);
        var form = call.Body!.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Contains("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Legacy_multi_tenant_uses_the_botframework_tenant()
    {
        await Provider(BotAppType.MultiTenant).GetTokenAsync(CancellationToken.None);

        Assert.Contains(_entra.Calls, c => c.Url.StartsWith("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"));
    }
}
