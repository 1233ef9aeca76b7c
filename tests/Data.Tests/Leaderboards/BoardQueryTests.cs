using System.Data.Common;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Leaderboards;

public sealed class BoardQueryTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static RepDayTally Day(string date, long signed, int visits = 8, int validNew = 3, int conversions = 0) =>
        new(DateOnly.Parse(date), visits, validNew, signed, signed > 0 ? 1 : 0, signed, conversions, validNew >= 3, false);

    private async Task AddAsync(Team team, string member, params RepDayTally[] days)
    {
        await using var db = await database.CreateContextAsync();
        db.RepDayRollups.AddRange(days.Select(d => RepDayRollup.Of(team.Id, team.Named(member).Id, d, Now)));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Period_totals_sum_each_member_s_days_in_the_range_both_ends_included()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei", "Zhao Lei");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        await AddAsync(team, "Li Na",
            Day("2026-10-31", 9_999), Day("2026-11-01", 100, conversions: 1), Day("2026-11-15", 200, visits: 10, validNew: 2), Day("2026-11-30", 300, conversions: 2), Day("2026-12-01", 9_999));
        await AddAsync(team, "Wang Wei", Day("2026-11-02", 0, visits: 5));
        await AddAsync(team, "Zhao Lei", Day("2026-10-15", 700));
        await AddAsync(other, "Chen Jing", Day("2026-11-10", 5_000));

        await using var db = await database.CreateContextAsync();
        var totals = await db.TeamPeriodTotalsAsync(team.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), default);

        Assert.Equal(2, totals.Count); // Zhao Lei shared nothing in November; Chen Jing is another team's
        Assert.Equal(new RepTotals(team.Named("Li Na").Id, 600, 3, 26, 8, 3, 3), totals[team.Named("Li Na").Id]);
        Assert.Equal(new RepTotals(team.Named("Wang Wei").Id, 0, 0, 5, 3, 0, 1), totals[team.Named("Wang Wei").Id]);
        Assert.Empty(await db.TeamPeriodTotalsAsync(team.Id, new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 14), default));
        Assert.Equal(5_000, (await db.TeamPeriodTotalsAsync(other.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), default)).Single().Value.SignedAmountMinor);
        // A board's week reads the same day rollups: Monday 30 November to Sunday 6 December.
        var week = BoardPeriod.WeekOf(new DateOnly(2026, 12, 1), Core.Teams.WorkWeek.MondayToSaturday);
        Assert.Equal(300 + 9_999, (await db.TeamPeriodTotalsAsync(team.Id, week, default))[team.Named("Li Na").Id].SignedAmountMinor);
    }

    [Fact]
    public async Task The_period_query_reads_only_the_covering_index()
    {
        await using var db = await database.CreateContextAsync();
        var plan = await ExplainAsync(db, BoardQueries.PeriodTotals(db, 1, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

        // One range search of the board index, the table never read: no SCAN, no other index.
        // SQLite then groups in a temporary B-tree (rows come in date order): one month of a team.
        Assert.Equal(
            [$"SEARCH r USING COVERING INDEX {RepDayRollup.BoardIndexName} (TeamId=? AND WorkDate>? AND WorkDate<?)", "USE TEMP B-TREE FOR GROUP BY"],
            plan);
    }

    [Fact]
    public async Task The_month_query_reads_one_index_row_per_rep()
    {
        await using var db = await database.CreateContextAsync();
        var plan = await ExplainAsync(db, BoardQueries.MonthTotals(db, 1, new DateOnly(2026, 11, 1)));

        Assert.Equal([$"SEARCH r USING COVERING INDEX {RepMonthRollup.BoardIndexName} (TeamId=? AND Month=?)"], plan);
    }

    internal static async Task<IReadOnlyList<string>> ExplainAsync<T>(IronArmyDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            var lines = new List<string>();
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task The_board_lists_everyone_active_on_the_team_managers_included_with_the_team_date_they_joined()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Li Na", MemberRole.Rep), ("Wang Wei", MemberRole.Rep), ("Zhao Lei", MemberRole.Manager), ("Gone", MemberRole.Rep));
        await using (var db = await database.CreateContextAsync())
        {
            // 17:00 UTC on 31 October is 01:00 on 1 November in Shanghai.
            await db.Members.Where(m => m.Id == team.Named("Li Na").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinedAtUtc, new DateTime(2026, 10, 31, 17, 0, 0, DateTimeKind.Utc)));
            await db.Members.Where(m => m.Id == team.Named("Gone").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
        }

        await using var read = await database.CreateContextAsync();
        var members = (await read.TeamBoardMembersAsync(team.Id, TeamZone.Of("Asia/Shanghai"), default)).OrderBy(r => r.Name).ToList();

        Assert.Equal(
            [
                new BoardRep(team.Named("Li Na").Id, "Li Na", new DateOnly(2026, 11, 1)),
                new BoardRep(team.Named("Wang Wei").Id, "Wang Wei", DateOnly.MinValue),
                new BoardRep(team.Named("Zhao Lei").Id, "Zhao Lei", DateOnly.MinValue), // the manager: their numbers count when they sell
            ],
            members);
    }

    [Fact]
    public async Task A_rep_s_month_target_is_from_their_latest_plan_in_the_month()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Li Na", MemberRole.Rep), ("Wang Wei", MemberRole.Rep), ("Zhao Lei", MemberRole.Rep), ("Gone", MemberRole.Rep), ("Boss", MemberRole.Manager));
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        await using (var db = await database.CreateContextAsync())
        {
            await db.Members.Where(m => m.Id == team.Named("Gone").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
            async Task Plan(Team t, string name, string date, long monthTarget)
            {
                var plan = KickoffTeam.SmallPlan("X") with { Targets = new Targets(new Target(monthTarget, 200, 60), new Target(1, 1, 1), new Target(1, 1, 1)) };
                var id = t.Named(name).Id;
                await db.SaveKickoffPlanAsync(t.Id, id, DateOnly.Parse(date), plan, id, Now, default);
            }

            await Plan(team, "Li Na", "2026-10-30", 999_00);
            await Plan(team, "Li Na", "2026-11-02", 300_000_00);
            await Plan(team, "Li Na", "2026-11-20", 350_000_00);
            await Plan(team, "Li Na", "2026-11-28", 400_000_00); // after "through"
            await Plan(team, "Wang Wei", "2026-11-05", 200_000_00);
            await Plan(team, "Zhao Lei", "2026-10-31", 500_000_00); // last month only
            await Plan(other, "Chen Jing", "2026-11-05", 1_000_000_00);
            await Plan(other, "Chen Jing", "2026-11-27", 1_000_000_00);
            await Plan(team, "Gone", "2026-11-20", 9_000_000_00);     // left the team
            await Plan(team, "Boss", "2026-11-20", 450_000_00);       // a manager who sells: on the board, so their target counts
        }

        await using var read = await database.CreateContextAsync();
        var targets = await read.TeamMonthTargetsAsync(team.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 27), default);

        Assert.Equal(new Dictionary<long, long> { [team.Named("Li Na").Id] = 350_000_00, [team.Named("Wang Wei").Id] = 200_000_00, [team.Named("Boss").Id] = 450_000_00 }, targets);
        Assert.Equal(1_000_000_00, MonthProgress.Of(targets.Values, 200_000_00).TargetMinor);
        Assert.Equal(0.2m, MonthProgress.Of(targets.Values, 200_000_00).Fraction);
        Assert.Empty(await read.TeamMonthTargetsAsync(team.Id, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), default));
        // Through the 28th, Li Na's plan of that day is the team's latest; Wang Wei's is still the 5th's.
        Assert.Equal(400_000_00, (await read.TeamMonthTargetsAsync(team.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), default))[team.Named("Li Na").Id]);
    }
}
