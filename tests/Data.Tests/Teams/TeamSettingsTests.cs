using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IronArmy.Data.Tests.Teams;

public sealed class TeamSettingsTests
{
    [Fact]
    public async Task A_team_that_existed_before_the_kickoff_migration_gets_the_methods_defaults()
    {
        await using var database = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        await using (var db = await database.CreateContextAsync())
        {
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var kickoff = migrations.FindIndex(m => m.EndsWith("_Kickoff", StringComparison.Ordinal));
            Assert.True(kickoff > 0, "the Kickoff migration exists and is not the first");
            await migrator.MigrateAsync(migrations[kickoff - 1]);

            // The row as the schema before Kickoff had it: none of the new columns exist yet.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Tenants\" (\"Id\", \"FirstSeenUtc\") VALUES ('tenant-a', '2026-11-01 00:00:00');" +
                "INSERT INTO \"Teams\" (\"TenantId\", \"TeamsTeamId\", \"Name\", \"ServiceUrl\", \"Locale\", \"TimeZoneId\", \"KickoffTime\", \"EveningShareTime\", \"DigestTime\", \"WorkDaysMask\", \"IsActive\", \"InstalledAtUtc\") " +
                "VALUES ('tenant-a', '19:old@thread.tacv2', 'Old Team', 'https://smba.trafficmanager.net/amer/', 'zh-CN', 'Asia/Shanghai', '07:40:00', '18:30:00', '21:00:00', 126, 1, '2026-11-01 00:00:00');" +
                "INSERT INTO \"Members\" (\"TeamId\", \"TeamsUserId\", \"Name\", \"Role\", \"IsActive\", \"JoinedAtUtc\") " +
                "VALUES ((SELECT \"Id\" FROM \"Teams\"), '29:old', 'Old Rep', 'Rep', 1, '2026-11-01 00:00:00');");
        }

        await using var read = await database.CreateContextAsync();
        await read.Database.MigrateAsync();
        Assert.Empty(await read.Database.GetPendingMigrationsAsync());
        var team = await read.Teams.SingleAsync();
        Assert.Equal(VisitStandard.Default, team.Standard);
        Assert.Equal(new VisitStandard(8, 4, 2, 2, 1, 2, 3), team.Standard);
        Assert.Equal(15, team.KickoffNudgeAfterMinutes);
        Assert.Equal(30, team.KickoffManagersAfterMinutes);
        Assert.Equal(20, team.MorningBoardAfterMinutes);
        Assert.Equal(RecapReminders.Default, team.RecapReminders);
        Assert.Equal((30, 60), (team.RecapNudgeAfterMinutes, team.RecapManagersAfterMinutes));
        Assert.False(team.PostSharedWins);
        Assert.Equal("CNY", team.CurrencyCode);
        // And the Leaderboards migration's settings.
        Assert.Equal(BoardMetric.SignedAmount, team.BoardMetric);
        Assert.Equal(10, team.BoardTopSize);
        Assert.Equal(15, team.BoardAfterDigestMinutes);
        Assert.Null(team.MillionClubThresholdMinor);
        Assert.Equal(new ShoutOutRules(1_000_000_00, 5, 3), team.ShoutOutRules);
        Assert.True(team.ShoutOutsEnabled);
        Assert.Equal(10, team.ShoutOutIntervalMinutes);
        Assert.True((await read.Members.SingleAsync()).NamedInShoutOuts);
    }

    [Fact]
    public async Task A_new_team_stores_the_settings_it_was_given_including_zero()
    {
        await using var database = new TempSqliteDatabase();
        await database.StartAsync();
        var lowered = new VisitStandard(6, 3, 2, 1, 0, 2, 1);
        await using (var db = await database.CreateContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = "tenant-a" });
            db.Teams.Add(new Team
            {
                TenantId = "tenant-a", TeamsTeamId = "19:new@thread.tacv2", Name = "New", ServiceUrl = "https://smba.trafficmanager.net/amer/",
                Standard = lowered, KickoffNudgeAfterMinutes = 0, CurrencyCode = "USD",
                RecapReminders = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(90)), PostSharedWins = true,
                BoardMetric = BoardMetric.Visits, BoardTopSize = 3, ShoutOutsEnabled = false, StreakDays = 3, MillionClubThresholdMinor = 50_000_00,
            });
            db.Teams.Add(new Team { TenantId = "tenant-a", TeamsTeamId = "19:yen@thread.tacv2", Name = "Yen", ServiceUrl = "https://smba.trafficmanager.net/amer/", CurrencyCode = "JPY" });
            db.Teams.Add(new Team { TenantId = "tenant-a", TeamsTeamId = "19:plain@thread.tacv2", Name = "Plain", ServiceUrl = "https://smba.trafficmanager.net/amer/" });
            await db.SaveChangesAsync();
        }

        await using var read = await database.CreateContextAsync();
        // 0 is a manager's choice ("no A customer today"), not "use the database default".
        var changed = await read.Teams.SingleAsync(t => t.Name == "New");
        Assert.Equal(lowered, changed.Standard);
        Assert.Equal(0, changed.KickoffNudgeAfterMinutes);
        Assert.Equal("USD", changed.CurrencyCode);
        Assert.Equal(new RecapReminders(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(90)), changed.RecapReminders);
        Assert.True(changed.PostSharedWins);
        Assert.Equal((BoardMetric.Visits, 3, false), (changed.BoardMetric, changed.BoardTopSize, changed.ShoutOutsEnabled));
        Assert.Equal(new ShoutOutRules(50_000_00, 3, 1), changed.ShoutOutRules);
        // The default threshold is a million of the team's own currency: yen have no minor unit.
        Assert.Equal(1_000_000, (await read.Teams.SingleAsync(t => t.Name == "Yen")).ShoutOutRules.MillionClubThresholdMinor);
        var plain = await read.Teams.SingleAsync(t => t.Name == "Plain");
        Assert.Equal(VisitStandard.Default, plain.Standard);
        Assert.Equal((15, 30, 20), (plain.KickoffNudgeAfterMinutes, plain.KickoffManagersAfterMinutes, plain.MorningBoardAfterMinutes));
        Assert.Equal(RecapReminders.Default, plain.RecapReminders);
        Assert.False(plain.PostSharedWins);
    }
}
