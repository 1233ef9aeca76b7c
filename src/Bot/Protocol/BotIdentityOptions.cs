namespace IronArmy.Bot.Protocol;

/// <summary>
/// The bot's identity, under the Bot Framework's own configuration key names (root-level keys,
/// so existing Azure Bot app settings work unchanged). Checked at start-up by <see cref="BotIdentityOptionsValidator"/>.
/// </summary>
public sealed class BotIdentityOptions
{
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Client id of the app registration or user-assigned managed identity. Empty means anonymous (Development only).</summary>
    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    public string MicrosoftAppTenantId { get; set; } = "";

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>No app id: inbound requests without a token are accepted and outbound calls carry no token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

public enum BotAppType
{
    /// <summary>Legacy registrations; tokens come from the botframework.com tenant. No new ones since 2025-07-31.</summary>
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
