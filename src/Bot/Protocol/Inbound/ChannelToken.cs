namespace IronArmy.Bot.Protocol;

/// <summary>
/// A Bot Connector token whose signature, issuer, audience and lifetime have been verified, with what is
/// still to be checked against the activity it came with (protocol.md §3 steps 7 and 8).
/// </summary>
public sealed record ChannelToken(string? ServiceUrlClaim, IReadOnlyCollection<string> SigningKeyEndorsements)
{
    /// <summary>The signing key must be endorsed for the activity's channel, and the token must name the activity's serviceUrl.</summary>
    public bool Admits(Activity activity) =>
        !string.IsNullOrEmpty(activity.ChannelId)
        && SigningKeyEndorsements.Contains(activity.ChannelId, StringComparer.Ordinal)
        && !string.IsNullOrEmpty(ServiceUrlClaim)
        // The SDK compares case-insensitively and without normalising (ChannelValidation.cs).
        && string.Equals(ServiceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase);
}
