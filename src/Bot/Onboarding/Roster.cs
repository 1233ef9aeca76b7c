using IronArmy.Bot.Conversations;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Onboarding;

/// <summary>Adding, finding and retiring people on a team's roster. Nobody is ever deleted.</summary>
public sealed class Roster(IronArmyDbContext db, TimeProvider clock)
{
    /// <summary>Finds the member or adds them (as a rep unless told otherwise); a returning member becomes active again.</summary>
    public async Task<Member> UpsertAsync(Team team, string teamsUserId, string? name, string? aadObjectId, CancellationToken ct, MemberRole roleIfNew = MemberRole.Rep)
    {
        // Tracked rows first: a roster read loads the team's members once, not once per person.
        var member = db.Members.Local.FirstOrDefault(m => (m.Team == team || (team.Id != 0 && m.TeamId == team.Id)) && m.TeamsUserId == teamsUserId);
        if (member is null && team.Id != 0)
        {
            member = await db.Members.FirstOrDefaultAsync(m => m.TeamId == team.Id && m.TeamsUserId == teamsUserId, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (member is null)
        {
            member = new Member { Team = team, TeamsUserId = teamsUserId, Name = name ?? "", AadObjectId = aadObjectId, Role = roleIfNew, JoinedAtUtc = now };
            db.Members.Add(member);
            return member;
        }

        if (!member.IsActive)
        {
            member.IsActive = true;
            member.LeftAtUtc = null;
            member.JoinedAtUtc = now;
        }

        if (!string.IsNullOrWhiteSpace(name)) member.Name = name;
        member.AadObjectId ??= aadObjectId;
        return member;
    }

    public async Task RetireAsync(long teamId, IEnumerable<string> teamsUserIds, CancellationToken ct)
    {
        var ids = teamsUserIds.ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var member in await db.Members.Where(m => m.TeamId == teamId && ids.Contains(m.TeamsUserId) && m.IsActive).ToListAsync(ct))
        {
            member.IsActive = false;
            member.LeftAtUtc = now;
        }
    }
}
