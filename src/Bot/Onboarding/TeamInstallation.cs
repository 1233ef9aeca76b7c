using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Language;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// The bot being added to or removed from a team or a personal chat. Every step is an upsert
/// or an idempotent outbox key, so a re-delivered or repeated install event changes nothing
/// and sends nothing twice. Uninstalling only deactivates: history stays.
/// </summary>
public sealed class TeamInstallation(
    IronArmyDbContext db,
    Roster roster,
    RosterSync rosterSync,
    Welcomes welcomes,
    TeamSchedules schedules,
    TimeProvider clock,
    ILogger<TeamInstallation> log)
{
    public async Task InstalledInTeamAsync(Activity a, CancellationToken ct)
    {
        var tenantId = a.TenantId();
        var teamsTeamId = a.TeamsTeamId();
        if (tenantId is null || teamsTeamId is null || a.ServiceUrl is null) return;

        await EnsureTenantAsync(tenantId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var team = await db.Teams.FirstOrDefaultAsync(t => t.TenantId == tenantId && t.TeamsTeamId == teamsTeamId, ct);
        if (team is null)
        {
            team = new Team
            {
                TenantId = tenantId,
                TeamsTeamId = teamsTeamId,
                Name = a.ChannelData?.Team?.Name ?? "",
                ServiceUrl = a.ServiceUrl,
                Locale = SupportedLanguage.For(a.Locale),
                InstalledAtUtc = now,
            };
            db.Teams.Add(team);
        }
        else if (!team.IsActive)
        {
            team.IsActive = true;
            team.InstalledAtUtc = now;
            team.UninstalledAtUtc = null;
        }

        team.ChannelId ??= a.InstallChannelId();
        team.AadGroupId ??= a.ChannelData?.Team?.AadGroupId;
        if (a.ChannelData?.Team?.Name is { Length: > 0 } name) team.Name = name;
        team.ServiceUrl = a.ServiceUrl;

        // Whoever installed it runs the team until they name other managers.
        if (a.From?.Id is { } installerId && a.From.Id != a.Recipient?.Id)
        {
            var hasManager = team.Id != 0 && await db.Members.AnyAsync(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Manager, ct);
            var installer = await roster.UpsertAsync(team, installerId, a.From.Name, a.From.AadObjectId, ct, MemberRole.Manager);
            if (!hasManager) installer.Role = MemberRole.Manager;
            installer.Locale ??= a.Locale;
        }

        await db.SaveChangesAsync(ct);
        log.LogInformation("Installed in team {TeamId} ({TeamsTeamId}) of tenant {TenantId}", team.Id, team.TeamsTeamId, team.TenantId);

        await schedules.ScheduleAsync(team.Id, team.Schedule, ct);
        await rosterSync.RequestAsync(team.Id, ct);
    }

    /// <summary>A personal install: the person joins their teams' 1:1 list, or gets a team of their own.</summary>
    public async Task InstalledPersonallyAsync(Activity a, CancellationToken ct)
    {
        var tenantId = a.TenantId();
        if (tenantId is null || a.From?.Id is not { } userId || a.ServiceUrl is null || a.Conversation?.Id is null) return;
        await RegisterPersonalUserAsync(a, tenantId, userId, ct);
    }

    /// <summary>
    /// Everyone who talks to the bot in a 1:1 chat has a place: their memberships learn the chat id,
    /// and a person on no team gets a personal team where they are the manager (they installed it).
    /// </summary>
    public async Task<IReadOnlyList<Member>> RegisterPersonalUserAsync(Activity a, string tenantId, string userId, CancellationToken ct)
    {
        var memberships = await db.Members.Include(m => m.Team)
            .Where(m => m.TeamsUserId == userId && m.Team!.TenantId == tenantId && m.IsActive && m.Team.IsActive)
            .ToListAsync(ct);
        if (memberships.Count == 0)
        {
            await EnsureTenantAsync(tenantId, ct);
            var personalId = "personal:" + userId;
            var team = await db.Teams.FirstOrDefaultAsync(t => t.TenantId == tenantId && t.TeamsTeamId == personalId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (team is null)
            {
                team = new Team
                {
                    TenantId = tenantId,
                    TeamsTeamId = personalId,
                    Name = a.From?.Name ?? "",
                    ServiceUrl = a.ServiceUrl!,
                    Locale = SupportedLanguage.For(a.Locale),
                    InstalledAtUtc = now,
                };
                db.Teams.Add(team);
            }

            team.IsActive = true;
            team.UninstalledAtUtc = null;
            var member = await roster.UpsertAsync(team, userId, a.From?.Name, a.From?.AadObjectId, ct, MemberRole.Manager);
            memberships = [member];
        }

        foreach (var m in memberships)
        {
            m.PersonalConversationId = a.Conversation!.Id;
            m.UnreachableSinceUtc = null;
            if (a.Locale is { Length: > 0 }) m.Locale = a.Locale;
        }

        await db.SaveChangesAsync(ct);
        foreach (var m in memberships)
        {
            if (m.Team!.TeamsTeamId.StartsWith("personal:", StringComparison.Ordinal))
            {
                await schedules.ScheduleAsync(m.TeamId, m.Team.Schedule, ct);
                await welcomes.EnqueueMemberWelcomeAsync(m.Team, m, ct);
            }
        }

        return memberships;
    }

    public async Task UninstalledAsync(Activity a, CancellationToken ct)
    {
        var tenantId = a.TenantId();
        if (tenantId is null) return;
        var teamsTeamId = a.TeamsTeamId() ?? (a.From?.Id is { } u ? "personal:" + u : null);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.TenantId == tenantId && t.TeamsTeamId == teamsTeamId, ct);
        if (team is null || !team.IsActive) return;
        team.IsActive = false;
        team.UninstalledAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await schedules.UnscheduleAsync(team.Id, ct);
        log.LogInformation("Uninstalled from team {TeamId}; its data is kept", team.Id);
    }

    private async Task EnsureTenantAsync(string tenantId, CancellationToken ct)
    {
        if (await db.Tenants.AnyAsync(t => t.Id == tenantId, ct) || db.Tenants.Local.Any(t => t.Id == tenantId)) return;
        db.Tenants.Add(new Tenant { Id = tenantId, FirstSeenUtc = clock.GetUtcNow().UtcDateTime });
    }
}
