namespace IronArmy.Bot.Protocol;

/// <summary>Dev mode with no app id (the Agents Playground accepts calls without a token).</summary>
public sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
