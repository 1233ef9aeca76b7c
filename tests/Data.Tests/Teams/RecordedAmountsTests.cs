using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;
using IronArmy.Data.Tests.EveningShare;
using IronArmy.Data.Tests.Kickoff;

namespace IronArmy.Data.Tests.Teams;

public sealed class RecordedAmountsTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private async Task<bool> RecordedAsync(long teamId)
    {
        await using var db = await database.CreateContextAsync();
        return await db.TeamHasRecordedAmountsAsync(teamId, default);
    }

    private static KickoffPlan NoMoney(KickoffPlan plan) =>
        plan with { Targets = new Targets(plan.Targets.Month! with { SignedAmountMinor = 0 }, plan.Targets.Week! with { SignedAmountMinor = 0 }, plan.Targets.Day with { SignedAmountMinor = 0 }) };

    [Fact]
    public async Task A_team_with_plans_and_recaps_without_money_has_nothing_recorded()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        await using (var db = await database.CreateContextAsync())
        {
            var li = team.Named("Li Na").Id;
            await db.SaveKickoffPlanAsync(team.Id, li, Today, NoMoney(KickoffTeam.SmallPlan("Acme")), li, Now, default);
            await db.SaveRecapAsync(team.Id, li, Today, Recaps.Small("Acme", ClassAfter.A), li, Now, default);
            var chen = other.Named("Chen Jing").Id;
            await db.SaveKickoffPlanAsync(other.Id, chen, Today, KickoffTeam.SmallPlan("Acme"), chen, Now, default); // another team's money
        }

        Assert.False(await RecordedAsync(team.Id));
        Assert.True(await RecordedAsync(other.Id));
    }

    [Fact]
    public async Task A_first_plan_with_month_and_week_unset_and_no_money_has_nothing_recorded()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        await using (var db = await database.CreateContextAsync())
        {
            var li = team.Named("Li Na").Id;
            var plan = NoMoney(KickoffTeam.SmallPlan("Acme"));
            await db.SaveKickoffPlanAsync(team.Id, li, Today, plan with { Targets = new Targets(null, null, plan.Targets.Day) }, li, Now, default);
        }

        Assert.False(await RecordedAsync(team.Id));
    }

    [Fact]
    public async Task A_kickoff_target_a_signing_or_a_battle_month_goal_is_an_amount_recorded()
    {
        var planned = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var signed = await KickoffTeam.WithRepsAsync(database, "Wang Wei");
        var battle = await KickoffTeam.WithRepsAsync(database, "Zhao Lei");
        await using (var db = await database.CreateContextAsync())
        {
            var li = planned.Named("Li Na").Id;
            var plan = NoMoney(KickoffTeam.SmallPlan("Acme"));
            await db.SaveKickoffPlanAsync(planned.Id, li, Today, plan with { Targets = plan.Targets with { Week = plan.Targets.Week! with { SignedAmountMinor = 1 } } }, li, Now, default);
            var wang = signed.Named("Wang Wei").Id;
            await db.SaveRecapAsync(signed.Id, wang, Today, Recaps.Small("Acme", ClassAfter.Signed), wang, Now, default);
            await db.SetBattleMonthAsync(battle.Id, new DateOnly(2026, 12, 1), 5_000_000_00, battle.Named("Zhao Lei").Id, Now, default);
        }

        Assert.True(await RecordedAsync(planned.Id));
        Assert.True(await RecordedAsync(signed.Id));
        Assert.True(await RecordedAsync(battle.Id));
    }
}
