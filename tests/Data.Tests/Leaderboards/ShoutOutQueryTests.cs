using IronArmy.Core.EveningShare;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;
using IronArmy.Data.Tests.EveningShare;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Leaderboards;

public sealed class ShoutOutQueryTests : IAsyncLifetime
{
    // Thursday 26 November 2026; the team works Monday–Saturday, so its week is 23–29 November.
    private static readonly DateOnly Thursday = new(2026, 11, 26);
    private static readonly DateTime Now = new(2026, 11, 26, 10, 30, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static RepDayTally Day(DateOnly date, long signed, bool metValidNew = true) =>
        new(date, 8, metValidNew ? 3 : 1, signed, signed > 0 ? 1 : 0, signed, 0, metValidNew, false);

    private async Task AddAsync(Team team, string member, params RepDayTally[] days)
    {
        await using var db = await database.CreateContextAsync();
        db.RepDayRollups.AddRange(days.Select(d => RepDayRollup.Of(team.Id, team.Named(member).Id, d, Now)));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_context_holds_the_team_s_day_and_week_and_the_rep_s_periods_and_history()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        await AddAsync(team, "Li Na",
            Day(new(2026, 1, 5), 100), Day(new(2026, 10, 9), 200), Day(new(2026, 11, 2), 300), Day(new(2026, 11, 24), 40_000, metValidNew: false),
            Day(new(2026, 11, 25), 500), Day(Thursday, 7_000), Day(new(2025, 12, 31), 99_999));
        await AddAsync(team, "Wang Wei", Day(new(2026, 11, 22), 90_000), Day(new(2026, 11, 23), 30_000), Day(new(2026, 11, 30), 20_000));
        await AddAsync(other, "Chen Jing", Day(Thursday, 1_000_000), Day(new(2026, 11, 24), 2_000_000));
        await using (var db = await database.CreateContextAsync())
        {
            db.MemberLeaves.Add(new MemberLeave { MemberId = team.Named("Li Na").Id, From = new(2026, 11, 19), To = new(2026, 11, 20), CreatedAtUtc = Now });
            db.TeamCalendarDays.Add(new TeamCalendarDay { TeamId = team.Id, Date = new(2026, 11, 21), Kind = DayOverride.Holiday, SetAtUtc = Now });
            await db.SaveChangesAsync();
        }

        await using var read = await database.CreateContextAsync();
        var context = await read.ShoutOutContextAsync(team.Id, team.Named("Li Na").Id, Thursday, default);

        Assert.False(context.AnotherRepSignedToday);
        // Her own Tuesday deal counts as an earlier deal; Sunday the 22nd is last week; the other team never counts.
        Assert.Equal(40_000, context.WeekBiggestDealMinor);
        Assert.Equal(new BoardPeriod(BoardPeriodKind.Week, new(2026, 11, 23), new(2026, 11, 29)), context.Week);
        Assert.Equal(new ClubTotals(300 + 40_000 + 500 + 7_000, 200 + 300 + 40_000 + 500 + 7_000, 100 + 200 + 300 + 40_000 + 500 + 7_000), context.RepTotals);
        Assert.False(context.Calendar.IsWorkDay(new DateOnly(2026, 11, 21)));
        Assert.Equal([new DateRange(new(2026, 11, 19), new(2026, 11, 20))], context.Leave);
        Assert.Equal(Thursday.AddDays(-ShoutOutQueries.StreakLookBackDays), context.KnownSince);
        Assert.False(context.MetValidNewOn.ContainsKey(Thursday)); // today comes from the save itself
        Assert.True(context.MetValidNewOn[new DateOnly(2026, 11, 25)]);
        Assert.False(context.MetValidNewOn[new DateOnly(2026, 11, 24)]);

        var wang = await read.ShoutOutContextAsync(team.Id, team.Named("Wang Wei").Id, Thursday, default);
        Assert.True(wang.AnotherRepSignedToday);
        Assert.Equal(40_000, wang.WeekBiggestDealMinor);
        Assert.Equal(20_000 + 30_000 + 90_000, wang.RepTotals.MonthMinor);
    }

    [Fact]
    public async Task A_rep_with_nothing_stored_has_zero_totals_and_no_history()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");

        await using var read = await database.CreateContextAsync();
        var context = await read.ShoutOutContextAsync(team.Id, team.Named("Li Na").Id, Thursday, default);

        Assert.Equal(new ClubTotals(0, 0, 0), context.RepTotals);
        Assert.Equal(0, context.WeekBiggestDealMinor);
        Assert.Empty(context.MetValidNewOn);
    }

    [Fact]
    public async Task A_save_and_the_context_after_it_find_the_day_s_shout_outs()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        await AddAsync(team, "Wang Wei", Day(new(2026, 11, 23), 10_000_00));

        await using var db = await database.CreateContextAsync();
        var rep = team.Named("Li Na").Id;
        var saved = await db.SaveRecapWithFactsAsync(team.Id, rep, Thursday, Recaps.Full(), KickoffTeam.FullPlan(), rep, Now, default);
        var context = await db.ShoutOutContextAsync(team.Id, rep, Thursday, default);

        var found = ShoutOuts.Detect(saved.Day, context, ShoutOutRules.Default);

        Assert.Equal(
            [
                new FirstSigningOfDay(rep, Thursday, "Hangzhou Steel", 12_000_00),
                new BiggestDealOfWeek(rep, Thursday, "Hangzhou Steel", 12_000_00, 10_000_00, context.Week),
                new AConversion(rep, Thursday, "Ningbo Port Logistics", Core.Kickoff.CustomerClass.B),
            ],
            found);
    }
}
