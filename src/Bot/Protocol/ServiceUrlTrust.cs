using System.Collections.Concurrent;

namespace IronArmy.Bot.Protocol;

/// <summary>
/// The serviceUrls the bot's token may be sent to: those that arrived in a validated (or dev-anonymous)
/// activity, plus those the host seeds from stored teams at start-up (protocol.md §4 "Security").
/// Comparison ignores case and a trailing '/', as the same serviceUrl appears both ways.
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>false when <paramref name="serviceUrl"/> is not an absolute http(s) URL (nothing is trusted then).</returns>
    public bool Trust(string? serviceUrl)
    {
        if (Normalise(serviceUrl) is not { } key)
            return false;
        _trusted.TryAdd(key, 0);
        return true;
    }

    public bool IsTrusted(string? serviceUrl) => Normalise(serviceUrl) is { } key && _trusted.ContainsKey(key);

    private static string? Normalise(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return null;
        return $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath.TrimEnd('/')}";
    }
}
