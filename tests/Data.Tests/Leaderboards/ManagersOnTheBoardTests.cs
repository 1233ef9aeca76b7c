using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Leaderboards;

/// <summary>
/// Who is on the board: everyone active on the team who shares — a manager who plans and shares
/// (a small team, a solo trial) is ranked with their numbers, and one who shares nothing is not.
/// The kickoff mirror counts the same people.
/// </summary>
public sealed class ManagersOnTheBoardTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static Recap SignedFor(long minor) => new(
        [],
        [new UnplannedVisit("Acme Trading", VisitType.Closing, ClassAfter.Signed, true, minor)],
        [],
        null,
        null,
        null,
        []);

    private async Task<Board> DayBoardAsync(long teamId)
    {
        await using var db = await database.CreateContextAsync();
        var day = BoardPeriod.Day(Today);
        var members = await db.TeamBoardMembersAsync(teamId, TeamZone.Of("Asia/Shanghai"), default);
        var current = await db.TeamPeriodTotalsAsync(teamId, day, default);
        return Leaderboard.Build(day, BoardPeriod.Day(Today.AddDays(-1)), BoardMetric.SignedAmount, 10, members, current, new Dictionary<long, RepTotals>());
    }

    [Fact]
    public async Task A_manager_who_shares_a_signed_recap_is_ranked_with_that_amount_and_one_who_shares_nothing_is_not()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Wang Fang", MemberRole.Manager), ("Li Lei", MemberRole.Rep), ("Boss Two", MemberRole.Manager));
        await using (var db = await database.CreateContextAsync())
        {
            var (manager, rep) = (team.Named("Wang Fang").Id, team.Named("Li Lei").Id);
            await db.SaveRecapWithFactsAsync(team.Id, manager, Today, SignedFor(18_000_00), null, manager, Now, default);
            await db.SaveRecapWithFactsAsync(team.Id, rep, Today, SignedFor(5_000_00), null, rep, Now, default);
        }

        var board = await DayBoardAsync(team.Id);

        Assert.Equal([("Wang Fang", 18_000_00L, 1), ("Li Lei", 5_000_00L, 2)], board.Ranked.Select(e => (e.Name, e.Value, e.Rank)));
        Assert.Equal(23_000_00, board.TeamTotal);
        // The manager's own 1:1 standing is theirs, as a rep's is.
        Assert.Equal(1, board.StandingOf(team.Named("Wang Fang").Id)!.Rank);
        // The manager who shared nothing is not ranked (no bottom list, ever): no line, no rank of their own.
        Assert.DoesNotContain(board.Ranked, e => e.Name == "Boss Two");
        Assert.Null(board.StandingOf(team.Named("Boss Two").Id)!.Rank);
    }

    [Fact]
    public async Task A_solo_manager_s_own_signing_is_the_board()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Solo Seller", MemberRole.Manager));
        await using (var db = await database.CreateContextAsync())
        {
            var me = team.Named("Solo Seller").Id;
            await db.SaveRecapWithFactsAsync(team.Id, me, Today, SignedFor(18_000_00), null, me, Now, default);
        }

        var board = await DayBoardAsync(team.Id);

        var line = Assert.Single(board.Top);
        Assert.Equal(("Solo Seller", 18_000_00L), (line.Name, line.Value));
    }

    [Fact]
    public async Task The_kickoff_mirror_counts_the_same_people_as_the_board()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Wang Fang", MemberRole.Manager), ("Li Lei", MemberRole.Rep), ("Gone", MemberRole.Rep));
        await using (var db = await database.CreateContextAsync())
        {
            foreach (var (name, visits) in new[] { ("Wang Fang", 2), ("Li Lei", 8), ("Gone", 1) })
            {
                var id = team.Named(name).Id;
                var plan = KickoffTeam.FullPlan() with { Visits = [.. KickoffTeam.FullPlan().Visits.Take(visits)] };
                await db.SaveKickoffPlanAsync(team.Id, id, Today, plan, id, Now, default);
            }

            await db.Members.Where(m => m.Id == team.Named("Gone").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
        }

        await using var read = await database.CreateContextAsync();
        var mirror = TeamMirror.Of(await read.TeamPlannedVisitCountsAsync(team.Id, Today, default));
        var onBoard = (await read.TeamBoardMembersAsync(team.Id, TeamZone.Of("Asia/Shanghai"), default)).Select(m => m.Name).Order();

        // The manager's 2 and the rep's 8; the rep who left counts on neither.
        Assert.Equal(new TeamMirror(2, 5m, 8), mirror);
        Assert.Equal(["Li Lei", "Wang Fang"], onBoard);
    }
}
