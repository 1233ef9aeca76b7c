namespace IronArmy.Bot.Protocol;

/// <summary>
/// A connector call was addressed to a serviceUrl that never arrived in a validated activity; nothing was sent.
/// Permanent: retrying cannot help until the conversation's serviceUrl is learnt again.
/// </summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : Exception($"Refusing to call untrusted serviceUrl '{serviceUrl}': it never arrived in a validated activity.")
{
    public string ServiceUrl { get; } = serviceUrl;
}
