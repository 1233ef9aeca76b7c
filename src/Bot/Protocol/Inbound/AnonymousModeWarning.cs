using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Protocol;

/// <summary>Says loudly at start-up that inbound requests without a token are being accepted.</summary>
public sealed class AnonymousModeWarning(IOptions<BotIdentityOptions> options, ILogger<AnonymousModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
            logger.LogWarning(
                "*** ANONYMOUS MODE: MicrosoftAppId is empty. /api/messages accepts requests WITHOUT a token and outbound calls carry no token. " +
                "Development only (e.g. the Agents Playground); never expose this instance. ***");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
