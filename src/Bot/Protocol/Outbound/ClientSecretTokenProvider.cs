using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace IronArmy.Bot.Protocol;

/// <summary>
/// Client-credentials token for a single-tenant (or legacy multi-tenant) registration. MSAL's in-memory
/// app token cache on this singleton serves repeat calls and refreshes before expiry.
/// </summary>
public sealed class ClientSecretTokenProvider : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Legacy multi-tenant bots take tokens from the Bot Framework's own tenant (AuthenticationConstants.DefaultChannelAuthTenant).</summary>
    public const string MultiTenantAuthority = "botframework.com";

    private readonly IConfidentialClientApplication _app;

    public ClientSecretTokenProvider(IOptions<BotIdentityOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        var identity = options.Value;
        var tenant = identity.MicrosoftAppType == BotAppType.MultiTenant ? MultiTenantAuthority : identity.MicrosoftAppTenantId;
        _app = ConfidentialClientApplicationBuilder.Create(identity.MicrosoftAppId)
            .WithClientSecret(identity.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForClient([Scope]).ExecuteAsync(ct);
        return result.AccessToken;
    }
}
