using IronArmy.Bot.Protocol;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// The connector only calls serviceUrls that arrived in a validated activity. Those stored with
/// teams and queued messages did, so they are trusted again at start-up: proactive sends after a
/// restart must not wait for someone to speak first.
/// </summary>
public sealed class StoredServiceUrls(IDbContextFactory<IronArmyDbContext> contexts, ServiceUrlTrust trust, ILogger<StoredServiceUrls> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var urls = await db.Teams.Select(t => t.ServiceUrl)
            .Union(db.Outbox.Where(o => o.Status == Data.Delivery.OutboxStatus.Pending).Select(o => o.ServiceUrl))
            .ToListAsync(ct);
        foreach (var url in urls) trust.Trust(url);
        log.LogInformation("Trusted {Count} stored serviceUrls", urls.Count);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
