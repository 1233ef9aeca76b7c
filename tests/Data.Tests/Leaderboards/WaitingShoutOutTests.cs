using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Leaderboards;

public sealed class WaitingShoutOutTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 15, 10, 30, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2026, 12, 15);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    public static TheoryData<ShoutOut> EveryKind() => new()
    {
        new FirstSigningOfDay(0, Day, "Acme Trading", 50_000_00),
        new BiggestDealOfWeek(0, Day, "Blue Sky", 90_000_00, 50_000_00, BoardPeriod.WeekOf(Day, WorkWeek.MondayToSaturday)),
        new MillionClubCrossing(0, Day, ClubPeriod.Quarter, new DateOnly(2026, 10, 1), 1_000_000_00, 1_020_000_00),
        new ValidNewStreak(0, Day, 10, 3),
        new AConversion(0, Day, "Golden Gate", CustomerClass.C),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task Every_kind_is_stored_and_read_back_as_it_was(ShoutOut moment)
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        moment = moment with { MemberId = team.Named("Li Na").Id };

        await using (var db = await database.CreateContextAsync())
            Assert.Equal(1, await db.AddShoutOutsAsync(team.Id, [moment], Now, default));

        await using (var db = await database.CreateContextAsync())
        {
            var stored = Assert.Single(await db.WaitingShoutOutsAsync(team.Id, 10, default));
            Assert.Equal(moment, stored.ToCore());
        }
    }

    [Fact]
    public async Task A_moment_is_kept_once_however_often_it_is_found()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Chen Jing");
        var (li, chen) = (team.Named("Li Na").Id, team.Named("Chen Jing").Id);

        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(2, await db.AddShoutOutsAsync(team.Id, [new FirstSigningOfDay(li, Day, "Acme", 1_00), new AConversion(li, Day, "Blue Sky", CustomerClass.B)], Now, default));
            // The same save again, and another rep who also thought they were first: nothing new.
            Assert.Equal(0, await db.AddShoutOutsAsync(team.Id, [new FirstSigningOfDay(li, Day, "Acme", 1_00), new AConversion(li, Day, " blue sky ", CustomerClass.C)], Now, default));
            Assert.Equal(0, await db.AddShoutOutsAsync(team.Id, [new FirstSigningOfDay(chen, Day, "Harbor", 2_00)], Now, default));
            // Tomorrow's first signing is news again.
            Assert.Equal(1, await db.AddShoutOutsAsync(team.Id, [new FirstSigningOfDay(chen, Day.AddDays(1), "Harbor", 2_00)], Now, default));
        }

        await using (var check = await database.CreateContextAsync())
            Assert.Equal(3, await check.ShoutOuts.CountAsync());
    }

    [Fact]
    public async Task Waiting_moments_come_oldest_first_and_the_last_post_is_remembered()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        var li = team.Named("Li Na").Id;

        await using var db = await database.CreateContextAsync();
        await db.AddShoutOutsAsync(team.Id, [new ValidNewStreak(li, Day, 5, 3)], Now.AddMinutes(3), default);
        await db.AddShoutOutsAsync(team.Id, [new FirstSigningOfDay(li, Day, "Acme", 1_00)], Now, default);
        await db.AddShoutOutsAsync(other.Id, [new FirstSigningOfDay(other.Named("Chen Jing").Id, Day, "Harbor", 1_00)], Now.AddMinutes(-5), default);

        Assert.Equal(Now, await db.FirstWaitingShoutOutAtAsync(team.Id, default));
        Assert.Null(await db.LastShoutOutPostAtAsync(team.Id, default));
        Assert.Equal([team.Id, other.Id], (await db.TeamsWithWaitingShoutOutsAsync(default)).Order());

        var waiting = await db.WaitingShoutOutsAsync(team.Id, 10, default);
        Assert.Equal([ShoutOutKind.FirstSigningOfDay, ShoutOutKind.ValidNewStreak], waiting.Select(w => w.Kind));
        waiting[0].PostKey = "shoutouts:1:1";
        waiting[0].PostedAtUtc = Now.AddMinutes(10);
        waiting[1].PostKey = ShoutOutEntry.Dropped;
        waiting[1].PostedAtUtc = Now.AddMinutes(20);
        await db.SaveChangesAsync();

        Assert.Null(await db.FirstWaitingShoutOutAtAsync(team.Id, default));
        Assert.Equal(Now.AddMinutes(10), await db.LastShoutOutPostAtAsync(team.Id, default)); // a dropped moment is no post
        Assert.Equal([other.Id], await db.TeamsWithWaitingShoutOutsAsync(default));
    }
}
