using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// People joining or leaving a team after the install. Leavers are retired at once; joiners are
/// stored at once and then welcomed by a roster read, which also brings their names.
/// </summary>
public sealed class RosterChanges(IronArmyDbContext db, Roster roster, RosterSync rosterSync)
{
    public async Task ApplyAsync(Activity a, CancellationToken ct)
    {
        var tenantId = a.TenantId();
        var teamsTeamId = a.TeamsTeamId();
        var team = await db.Teams.FirstOrDefaultAsync(t => t.TenantId == tenantId && t.TeamsTeamId == teamsTeamId && t.IsActive, ct);
        if (team is null) return;

        if (a.ChannelData?.EventType == "teamRenamed" && a.ChannelData.Team?.Name is { Length: > 0 } name) team.Name = name;

        var joined = (a.MembersAdded ?? []).Where(m => m.Id is not null && m.Id != a.Recipient?.Id).ToList();
        foreach (var person in joined) await roster.UpsertAsync(team, person.Id!, person.Name, person.AadObjectId, ct);

        var left = (a.MembersRemoved ?? []).Where(m => m.Id is not null).Select(m => m.Id!).ToList();
        if (left.Count > 0) await roster.RetireAsync(team.Id, left, ct);

        await db.SaveChangesAsync(ct);
        if (joined.Count > 0) await rosterSync.RequestAsync(team.Id, ct);
    }
}
