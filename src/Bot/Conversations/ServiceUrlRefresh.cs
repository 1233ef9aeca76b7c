using IronArmy.Bot.Protocol;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Teams' serviceUrl "tends to be stable but can change" (protocol.md §2): every validated
/// activity from a team refreshes the stored one, so proactive sends follow it.
/// </summary>
public sealed class ServiceUrlRefresh(IronArmyDbContext db)
{
    public async Task RefreshAsync(Activity a, CancellationToken ct)
    {
        if (a.ServiceUrl is not { Length: > 0 } url || a.TenantId() is not { } tenantId) return;
        var teamsTeamId = a.TeamsTeamId() ?? (a.IsPersonal() && a.From?.Id is { } u ? "personal:" + u : null);
        if (teamsTeamId is null) return;
        await db.Teams.Where(t => t.TenantId == tenantId && t.TeamsTeamId == teamsTeamId && t.ServiceUrl != url)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ServiceUrl, url), ct);
    }
}
