using IronArmy.Bot.Onboarding;
using IronArmy.Bot.Protocol;
using IronArmy.Core.Teams;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Finds who is speaking and for which team. In a channel the team is the channel's; in a 1:1
/// chat it is the person's team (the one they manage first, when they belong to several).
/// People we have not seen yet are registered rather than turned away.
/// </summary>
public sealed class SpeakerLookup(IronArmyDbContext db, Roster roster, TeamInstallation installation)
{
    public async Task<Speaker?> FindAsync(Activity a, CancellationToken ct)
    {
        var tenantId = a.TenantId();
        var userId = a.From?.Id;
        if (tenantId is null || userId is null) return null;

        if (a.TeamsTeamId() is { } teamsTeamId)
        {
            var team = await db.Teams.FirstOrDefaultAsync(t => t.TenantId == tenantId && t.TeamsTeamId == teamsTeamId && t.IsActive, ct);
            if (team is null) return null;
            var member = await roster.UpsertAsync(team, userId, a.From!.Name, a.From.AadObjectId, ct);
            Learn(member, a);
            await db.SaveChangesAsync(ct);
            return new Speaker(member, team, InChannel: true);
        }

        if (!a.IsPersonal()) return null;
        var memberships = await db.Members.Include(m => m.Team)
            .Where(m => m.TeamsUserId == userId && m.IsActive && m.Team!.IsActive && m.Team.TenantId == tenantId)
            .ToListAsync(ct);
        if (memberships.Count == 0 || memberships.Any(m => m.PersonalConversationId != a.Conversation?.Id))
        {
            // First word in a 1:1 chat whose install event we missed: register it now.
            memberships = [.. await installation.RegisterPersonalUserAsync(a, tenantId, userId, ct)];
        }

        foreach (var m in memberships) Learn(m, a);
        await db.SaveChangesAsync(ct);
        var chosen = memberships
            .OrderByDescending(m => m.Role == MemberRole.Manager)
            .ThenBy(m => m.Team!.TeamsTeamId.StartsWith("personal:", StringComparison.Ordinal))
            .ThenBy(m => m.JoinedAtUtc)
            .First();
        return new Speaker(chosen, chosen.Team!, InChannel: false);
    }

    private static void Learn(Data.Teams.Member member, Activity a)
    {
        if (a.Locale is { Length: > 0 } locale) member.Locale = locale;
        if (a.From?.Name is { Length: > 0 } name) member.Name = name;
        member.UnreachableSinceUtc = null;
    }
}
