using IronArmy.Core.Leaderboards;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Tests.Kickoff;

namespace IronArmy.Data.Tests.Leaderboards;

public sealed class BattleMonthTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_manager_marks_a_month_changes_its_goal_and_unmarks_it()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Li Na", Core.Teams.MemberRole.Rep), ("Zhao Lei", Core.Teams.MemberRole.Manager));
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        var manager = team.Named("Zhao Lei").Id;

        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(new BattleMonth(new(2026, 12, 1), 2_000_000_00), await db.SetBattleMonthAsync(team.Id, new(2026, 12, 15), 2_000_000_00, manager, Now, default));
            await db.SetBattleMonthAsync(team.Id, new(2026, 12, 1), 2_500_000_00, manager, Now.AddMinutes(1), default);
        }

        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(new BattleMonth(new(2026, 12, 1), 2_500_000_00), await db.BattleMonthOfAsync(team.Id, new(2026, 12, 31), default));
            Assert.Null(await db.BattleMonthOfAsync(team.Id, new(2026, 11, 30), default));
            Assert.Null(await db.BattleMonthOfAsync(other.Id, new(2026, 12, 31), default));
            Assert.Equal(1, db.BattleMonths.Count());
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.SetBattleMonthAsync(team.Id, new(2027, 1, 1), 0, manager, Now, default));
            Assert.True(await db.ClearBattleMonthAsync(team.Id, new(2026, 12, 20), default));
            Assert.False(await db.ClearBattleMonthAsync(team.Id, new(2026, 12, 20), default));
            Assert.Null(await db.BattleMonthOfAsync(team.Id, new(2026, 12, 31), default));
        }
    }
}
