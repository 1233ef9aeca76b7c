namespace IronArmy.Bot.Protocol;

/// <summary>The bot's own token for calls to the Bot Connector (protocol.md §4).</summary>
public interface IBotTokenProvider
{
    /// <returns>The access token, or null in anonymous (dev) mode, where no Authorization header is sent.</returns>
    Task<string?> GetTokenAsync(CancellationToken ct);
}
