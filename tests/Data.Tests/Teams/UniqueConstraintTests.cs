using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Teams;

public sealed class UniqueConstraintTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_Teams_team_is_stored_once_per_tenant()
    {
        await Save(new Tenant { Id = "tenant-a" }, new Tenant { Id = "tenant-b" });
        await Save(NewTeam("tenant-a", "19:abc@thread.tacv2"));

        // The same Teams id in another tenant is a different team.
        await Save(NewTeam("tenant-b", "19:abc@thread.tacv2"));
        await Assert.ThrowsAsync<DbUpdateException>(() => Save(NewTeam("tenant-a", "19:abc@thread.tacv2")));

        await using var db = await database.CreateContextAsync();
        Assert.Equal(2, await db.Teams.CountAsync());
    }

    [Fact]
    public async Task A_person_is_on_a_team_roster_once()
    {
        await Save(new Tenant { Id = "tenant-a" });
        var teamA = NewTeam("tenant-a", "19:a@thread.tacv2");
        var teamB = NewTeam("tenant-a", "19:b@thread.tacv2");
        await Save(teamA, teamB);
        await Save(NewMember(teamA.Id, "29:user"));

        await Save(NewMember(teamB.Id, "29:user"));
        await Assert.ThrowsAsync<DbUpdateException>(() => Save(NewMember(teamA.Id, "29:user")));

        await using var db = await database.CreateContextAsync();
        Assert.Equal(2, await db.Members.CountAsync(m => m.TeamsUserId == "29:user"));
    }

    [Fact]
    public async Task An_outbox_idempotency_key_is_stored_once()
    {
        await Save(NewMessage("kickoff:1:2026-11-23"));

        await Save(NewMessage("kickoff:2:2026-11-23"));
        await Assert.ThrowsAsync<DbUpdateException>(() => Save(NewMessage("kickoff:1:2026-11-23")));

        await using var db = await database.CreateContextAsync();
        Assert.Equal(2, await db.Outbox.CountAsync());
    }

    private async Task Save(params object[] entities)
    {
        await using var db = await database.CreateContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    private static Team NewTeam(string tenantId, string teamsTeamId) =>
        new() { TenantId = tenantId, TeamsTeamId = teamsTeamId, Name = "East Sales", ServiceUrl = "https://smba.trafficmanager.net/amer/" };

    private static Member NewMember(long teamId, string teamsUserId) =>
        new() { TeamId = teamId, TeamsUserId = teamsUserId, Name = "Li Wei" };

    internal static OutboxMessage NewMessage(string key) =>
        new() { IdempotencyKey = key, TenantId = "tenant-a", ServiceUrl = "https://smba.trafficmanager.net/amer/", ActivityJson = "{}" };
}
