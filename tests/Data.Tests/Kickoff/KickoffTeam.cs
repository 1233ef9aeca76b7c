using IronArmy.Core.Kickoff;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Data.Tests.Kickoff;

/// <summary>A tenant and a team with named members, saved to a real database, and plans to submit.</summary>
internal static class KickoffTeam
{
    public static async Task<Team> CreateAsync(TempSqliteDatabase database, params (string Name, MemberRole Role)[] members)
    {
        await using var db = await database.CreateContextAsync();
        if (!db.Tenants.Any()) db.Tenants.Add(new Tenant { Id = "tenant-a" });
        var team = new Team
        {
            TenantId = "tenant-a",
            TeamsTeamId = $"19:{Guid.NewGuid():N}@thread.tacv2",
            Name = "East Sales",
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
        };
        var n = 0;
        foreach (var (name, role) in members)
            team.Members.Add(new Member { TeamsUserId = $"29:{name}-{n++}", Name = name, Role = role });
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    public static Task<Team> WithRepsAsync(TempSqliteDatabase database, params string[] names) =>
        CreateAsync(database, [.. names.Select(n => (n, MemberRole.Rep))]);

    public static Member Named(this Team team, string name) => team.Members.Single(m => m.Name == name);

    /// <summary>A full plan: eight visits covering every class, key person and outcome (one without a time), three candidates.</summary>
    public static KickoffPlan FullPlan(long dayAmountMinor = 5_000_00) => new(
        new Targets(new Target(300_000_00, 200, 60), new Target(80_000_00, 48, 15), new Target(dayAmountMinor, 8, 3)),
        [
            new PlannedVisit("Hangzhou Steel", new TimeOnly(9, 0), CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
            new PlannedVisit("Ningbo Port Logistics", new TimeOnly(10, 30), CustomerClass.B, KeyPerson.Second, VisitOutcome.Advance),
            new PlannedVisit("Shaoxing Textiles", null, CustomerClass.C, KeyPerson.First, VisitOutcome.Advance),
            new PlannedVisit("杭州新材料有限公司", new TimeOnly(13, 15), CustomerClass.New, KeyPerson.First, VisitOutcome.FirstContact),
            new PlannedVisit("Jiaxing Foods", new TimeOnly(14, 0), CustomerClass.New, KeyPerson.Second, VisitOutcome.FirstContact),
            new PlannedVisit("Wenzhou Shoes", new TimeOnly(15, 0), CustomerClass.A, KeyPerson.First, VisitOutcome.Close),
            new PlannedVisit("Huzhou Tea", new TimeOnly(16, 0), CustomerClass.New, KeyPerson.First, VisitOutcome.FirstContact),
            new PlannedVisit("Jinhua Tools", new TimeOnly(17, 0), CustomerClass.New, KeyPerson.Second, VisitOutcome.FirstContact),
        ],
        [
            new NewCustomerCandidate("杭州新材料有限公司", true, true, true),
            new NewCustomerCandidate("Jiaxing Foods", true, false, true),
            new NewCustomerCandidate("Huzhou Tea", true, true, false),
        ]);

    public static KickoffPlan SmallPlan(string customer, long dayAmountMinor = 1_000_00) => new(
        new Targets(new Target(300_000_00, 200, 60), new Target(80_000_00, 48, 15), new Target(dayAmountMinor, 2, 1)),
        [new PlannedVisit(customer, new TimeOnly(9, 30), CustomerClass.B, KeyPerson.First, VisitOutcome.Advance)],
        [new NewCustomerCandidate(customer, true, true, true)]);
}
