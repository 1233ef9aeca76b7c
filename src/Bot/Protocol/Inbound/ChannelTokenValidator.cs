using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IronArmy.Bot.Protocol;

/// <summary>
/// Validates the Bearer token the Bot Connector sends with every activity (protocol.md §3):
/// issuer, audience, RS256/384/512 signature from the OpenID metadata's JWKS, 5-minute skew, and
/// collects the signing key's endorsements and the serviceurl claim for <see cref="ChannelToken.Admits"/>.
/// </summary>
public sealed class ChannelTokenValidator(
    IConfigurationManager<OpenIdConnectConfiguration> metadata,
    IOptions<BotIdentityOptions> options,
    ILogger<ChannelTokenValidator> logger)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ServiceUrlClaimType = "serviceurl";

    private static readonly JsonWebTokenHandler Handler = new();

    /// <returns>The verified token, or null when it must be rejected (the reason is logged, never returned to the caller).</returns>
    public async Task<ChannelToken?> ValidateAsync(string token, CancellationToken ct)
    {
        try
        {
            var config = await metadata.GetConfigurationAsync(ct);
            var result = await ValidateAgainstAsync(token, config);
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Keys rotate: one refresh per unknown kid (ConfigurationManager rate-limits refreshes to its RefreshInterval).
                metadata.RequestRefresh();
                config = await metadata.GetConfigurationAsync(ct);
                result = await ValidateAgainstAsync(token, config);
            }

            if (!result.IsValid)
            {
                logger.LogWarning("Rejected a Bot Connector token: {Reason}", result.Exception?.GetType().Name);
                return null;
            }

            var jwt = (JsonWebToken)result.SecurityToken;
            var kid = jwt.SigningKey?.KeyId ?? jwt.Kid;
            var serviceUrl = jwt.TryGetClaim(ServiceUrlClaimType, out var claim) ? claim.Value : null;
            return new ChannelToken(serviceUrl, EndorsementsOf(config, kid));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Metadata unreachable or unparsable: the request cannot be authenticated.
            logger.LogError(ex, "Could not validate a Bot Connector token against {MetadataUrl}", options.Value.ToBotFromChannelOpenIdMetadataUrl);
            return null;
        }
    }

    private Task<TokenValidationResult> ValidateAgainstAsync(string token, OpenIdConnectConfiguration config) =>
        Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = BotFrameworkIssuer,
            ValidAudience = options.Value.MicrosoftAppId,
            ValidateAudience = true,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            IssuerSigningKeys = config.SigningKeys,
            // The kid decides which key's endorsements apply, so it must match exactly.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
        });

    /// <summary>The raw JWKS <c>endorsements</c> array of the key with this kid; IdentityModel keeps unknown members in AdditionalData.</summary>
    private static IReadOnlyCollection<string> EndorsementsOf(OpenIdConnectConfiguration config, string? kid)
    {
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
            return [];
        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            string single => [single],
            IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>().ToArray(),
            _ => [],
        };
    }
}
