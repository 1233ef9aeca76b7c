using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Core.Tiers;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;
using IronArmy.Data.Tests.Kickoff;
using IronArmy.Data.Tests.Leaderboards;
using IronArmy.Data.Tiers;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Tiers;

public sealed class TierQueryTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static RepDayTally Day(string date, long signed, int visits = 8, int validNew = 2, int toA = 0) =>
        new(DateOnly.Parse(date), visits, validNew, signed, signed > 0 ? 1 : 0, signed, toA, false, false);

    private async Task AddAsync(Team team, string member, params RepDayTally[] days)
    {
        await using var db = await database.CreateContextAsync();
        db.RepDayRollups.AddRange(days.Select(d => RepDayRollup.Of(team.Id, team.Named(member).Id, d, Now)));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_windows_sums_per_rep_include_both_ends_and_only_the_teams_reps()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        await AddAsync(team, "Li Na",
            Day("2026-11-20", 9_999), Day("2026-11-23", 100, toA: 1), Day("2026-11-27", 200, visits: 10), Day("2026-12-04", 300, validNew: 5), Day("2026-12-07", 9_999));
        await AddAsync(team, "Wang Wei", Day("2026-11-30", 0, visits: 3));
        await AddAsync(other, "Chen Jing", Day("2026-12-01", 5_000));

        await using var db = await database.CreateContextAsync();
        // Now: 23 Nov – 4 Dec; a week earlier: 16 Nov – 27 Nov.
        var zone = TeamZone.Of("Asia/Shanghai");
        var now = (await db.TierWindowAsync(team.Id, zone, new(2026, 11, 23), new(2026, 12, 4), default)).ToDictionary(r => r.Rep.Name, r => r.Sums);
        var before = (await db.TierWindowAsync(team.Id, zone, new(2026, 11, 16), new(2026, 11, 27), default)).ToDictionary(r => r.Rep.Name, r => r.Sums);

        Assert.Equal(new WindowSums(600, 9, 26, 1), now["Li Na"]);
        Assert.Equal(new WindowSums(10_299, 6, 26, 1), before["Li Na"]);
        Assert.Equal(new WindowSums(0, 2, 3, 0), now["Wang Wei"]);
        Assert.Equal(WindowSums.None, before["Wang Wei"]);
        Assert.Equal(["Li Na", "Wang Wei"], now.Keys.Order());
    }

    [Fact]
    public async Task The_windows_are_index_seeks_per_rep_never_a_range_of_rows_or_a_sort()
    {
        await using var db = await database.CreateContextAsync();
        var plan = await BoardQueryTests.ExplainAsync(db, TierQueries.Edges(db, 1, new(2026, 11, 23), new(2026, 12, 4)));

        // Per member and window edge: the last row on or before it by the unique (MemberId, WorkDate)
        // index, then its running totals by primary key; no temporary B-tree, no scan.
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal) || line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.Equal(2, plan.Count(line => line.Contains("USING COVERING INDEX IX_RepDayRollups_MemberId_WorkDate (MemberId=? AND WorkDate<?)", StringComparison.Ordinal)));
        Assert.Equal(2, plan.Count(line => line.Contains("USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_ranked_are_the_active_reps_with_the_team_date_they_joined()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Li Na", MemberRole.Rep), ("Zhao Lei", MemberRole.Manager), ("Gone", MemberRole.Rep));
        await using (var db = await database.CreateContextAsync())
        {
            // 17:00 UTC on 30 November is 01:00 on 1 December in Shanghai.
            await db.Members.Where(m => m.Id == team.Named("Li Na").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinedAtUtc, new DateTime(2026, 11, 30, 17, 0, 0, DateTimeKind.Utc)));
            await db.Members.Where(m => m.Id == team.Named("Gone").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
        }

        await using var read = await database.CreateContextAsync();
        var reps = await read.TierWindowAsync(team.Id, TeamZone.Of("Asia/Shanghai"), new(2026, 11, 23), new(2026, 12, 4), default);

        Assert.Equal([new TierRepSums(new TierRep(team.Named("Li Na").Id, "Li Na", new DateOnly(2026, 12, 1)), WindowSums.None)], reps);
    }

    [Fact]
    public async Task A_teams_271_settings_are_stored_and_default_to_the_methods()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(TierSettings.Default, (await db.Teams.SingleAsync(t => t.Id == team.Id)).Tiers);
            var stored = await db.Teams.SingleAsync(t => t.Id == team.Id);
            stored.Tiers = new TierSettings(30, new TierWeights(10, 0, 60, 30));
            await db.SaveChangesAsync();
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(new TierSettings(30, new TierWeights(10, 0, 60, 30)), (await read.Teams.SingleAsync(t => t.Id == team.Id)).Tiers);
    }
}
