using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.EveningShare;

public sealed class CustomerClassHistoryTests : IAsyncLifetime
{
    // Monday 23 November 2026 and the days before it.
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 10, 30, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static Recap Visited(string customer, ClassAfter after) =>
        new([], [new UnplannedVisit(customer, VisitType.FollowUp, after, true, 0)], [], null, null, null, []);

    [Fact]
    public async Task The_latest_visit_or_plan_of_the_team_gives_each_customers_class()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        var (li, wang, chen) = (team.Named("Li Na").Id, team.Named("Wang Wei").Id, other.Named("Chen Jing").Id);
        await using (var db = await database.CreateContextAsync())
        {
            // Acme: C last week, then B on Friday (by a teammate).
            await db.SaveRecapWithFactsAsync(team.Id, li, Monday.AddDays(-7), Visited("Acme Trading", ClassAfter.C), null, li, Now, default);
            await db.SaveRecapWithFactsAsync(team.Id, wang, Monday.AddDays(-3), Visited("ACME  trading", ClassAfter.B), null, wang, Now, default);
            // Blue Sky: visited and moved to C on Friday, then planned as A this morning.
            await db.SaveRecapWithFactsAsync(team.Id, li, Monday.AddDays(-3).AddDays(1), Visited("Blue Sky", ClassAfter.C), null, li, Now, default);
            await db.SaveKickoffPlanAsync(team.Id, wang, Monday, KickoffTeam.SmallPlan("blue sky") with
            {
                Visits = [new PlannedVisit("blue sky", null, CustomerClass.A, KeyPerson.First, VisitOutcome.Close)],
            }, wang, Now, default);
            // Signed last: no class to carry.
            await db.SaveRecapWithFactsAsync(team.Id, wang, Monday.AddDays(-1), Visited("Harbor Foods", ClassAfter.Signed), null, wang, Now, default);
            // Another team's visit is not this team's knowledge; today's own visits are not "before".
            await db.SaveRecapWithFactsAsync(other.Id, chen, Monday.AddDays(-1), Visited("Delta Corp", ClassAfter.A), null, chen, Now, default);
            await db.SaveRecapWithFactsAsync(team.Id, wang, Monday, Visited("Echo Ltd", ClassAfter.A), null, wang, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var classes = await read.LastKnownClassesAsync(team.Id, Monday, ["acme trading", "Blue Sky", "Harbor Foods", "Delta Corp", "Echo Ltd", "Never Seen"], default);

        Assert.Equal(2, classes.Count);
        Assert.Equal(CustomerClass.B, classes["Acme Trading"]);
        Assert.Equal(CustomerClass.A, classes["BLUE SKY"]);
    }

    [Fact]
    public async Task No_names_asks_nothing()
    {
        await using var db = await database.CreateContextAsync();
        Assert.Empty(await db.LastKnownClassesAsync(1, Monday, [" ", ""], default));
    }

    [Fact]
    public async Task The_keys_are_stored_with_the_names()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var li = team.Named("Li Na").Id;
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveKickoffPlanAsync(team.Id, li, Monday, KickoffTeam.SmallPlan("Jiaxing Foods"), li, Now, default);
            await db.SaveRecapWithFactsAsync(team.Id, li, Monday, Visited("Straße Eins", ClassAfter.B), null, li, Now, default);
        }

        await using (var read = await database.CreateContextAsync())
        {
            Assert.Equal("JIAXING FOODS", await read.Set<KickoffPlanVisit>().Select(v => v.CustomerKey).SingleAsync());
            var fact = await read.VisitFacts.SingleAsync();
            Assert.Equal(("Straße Eins", CustomerName.Key("Straße Eins")), (fact.Customer, fact.CustomerKey));
        }

        // An edit that renames the customer updates the plan's row in place, and its key with it.
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveKickoffPlanAsync(team.Id, li, Monday, KickoffTeam.SmallPlan("Jinhua Tools"), li, Now.AddMinutes(5), default);
        }

        await using var edited = await database.CreateContextAsync();
        Assert.Equal(("Jinhua Tools", "JINHUA TOOLS"), await edited.Set<KickoffPlanVisit>().Select(v => new ValueTuple<string, string>(v.Customer, v.CustomerKey)).SingleAsync());
    }

    [Fact]
    public async Task An_unplanned_follow_up_is_stored_with_the_class_the_team_last_knew()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var (li, wang) = (team.Named("Li Na").Id, team.Named("Wang Wei").Id);
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapWithFactsAsync(team.Id, wang, Monday.AddDays(-2), Visited("Acme Trading", ClassAfter.B), null, wang, Now, default);
        }

        await using (var db = await database.CreateContextAsync())
        {
            var recap = Visited("acme trading", ClassAfter.A);
            var known = await db.LastKnownClassesAsync(team.Id, Monday, recap.Unplanned.Select(v => v.Customer), default);
            await db.SaveRecapWithFactsAsync(team.Id, li, Monday, recap, null, li, Now, default, known);
        }

        await using var read = await database.CreateContextAsync();
        var day = (await read.TeamDaysBetweenAsync(team.Id, Monday, Monday, default)).Single().ToRepDay(VisitStandard.Default);
        Assert.Equal(CustomerClass.B, day.Visits.Single().Before);
        Assert.True(Assert.Single(day.Moves).ReachesA);
    }
}
