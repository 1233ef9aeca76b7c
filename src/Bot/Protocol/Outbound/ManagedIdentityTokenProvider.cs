using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace IronArmy.Bot.Protocol;

/// <summary>Token from the user-assigned managed identity whose client id is MicrosoftAppId; MSAL caches it.</summary>
public sealed class ManagedIdentityTokenProvider : IBotTokenProvider
{
    public const string Resource = "https://api.botframework.com";

    private readonly IManagedIdentityApplication _app;

    public ManagedIdentityTokenProvider(IOptions<BotIdentityOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        _app = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.Value.MicrosoftAppId))
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        var result = await _app.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(ct);
        return result.AccessToken;
    }
}
