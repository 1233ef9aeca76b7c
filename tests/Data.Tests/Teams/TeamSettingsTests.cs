using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;
using IronArmy.Data.Tests.Storage;
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
        // The database defaults are Core's: one place says what the method's settings are.
        Assert.Equal(VisitStandard.Default, team.Standard);
        Assert.Equal(new VisitStandard(8, 4, 2, 2, 1, 2, 3), team.Standard);
        Assert.Equal(KickoffReminders.Default, team.Reminders);
        Assert.Equal(new KickoffReminders(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(20)), team.Reminders);
        Assert.Equal(RecapReminders.Default, team.RecapReminders);
        Assert.Equal(new RecapReminders(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60)), team.RecapReminders);
        Assert.False(team.PostSharedWins);
        Assert.Equal("CNY", team.CurrencyCode);
        // And the Leaderboards migration's settings.
        Assert.Equal(BoardSettings.Default, team.Board);
        Assert.Equal(new BoardSettings(BoardMetric.SignedAmount, 10, TimeSpan.FromMinutes(15)), team.Board);
        Assert.Equal(ShoutOutSettings.Default, team.ShoutOuts);
        Assert.Equal(new ShoutOutSettings(true, TimeSpan.FromMinutes(10), null, 5), team.ShoutOuts);
        Assert.Equal(new ShoutOutRules(1_000_000_00, 5, 3), team.ShoutOutRules);
        // The schedule columns were there from the start; the row set the method's schedule (126: Monday–Saturday).
        Assert.Equal(TeamSchedule.Default, team.Schedule);
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
                Standard = lowered, Reminders = KickoffReminders.Default with { Nudge = TimeSpan.Zero }, CurrencyCode = "USD",
                RecapReminders = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(90)), PostSharedWins = true,
                Board = BoardSettings.Default with { Metric = BoardMetric.Visits, TopSize = 3 },
                ShoutOuts = ShoutOutSettings.Default with { Enabled = false, StreakDays = 3, MillionClubThresholdMinor = 50_000_00 },
            });
            db.Teams.Add(new Team { TenantId = "tenant-a", TeamsTeamId = "19:yen@thread.tacv2", Name = "Yen", ServiceUrl = "https://smba.trafficmanager.net/amer/", CurrencyCode = "JPY" });
            db.Teams.Add(new Team { TenantId = "tenant-a", TeamsTeamId = "19:plain@thread.tacv2", Name = "Plain", ServiceUrl = "https://smba.trafficmanager.net/amer/" });
            await db.SaveChangesAsync();
        }

        await using var read = await database.CreateContextAsync();
        // 0 is a manager's choice ("no A customer today"), not "use the database default".
        var changed = await read.Teams.SingleAsync(t => t.Name == "New");
        Assert.Equal(lowered, changed.Standard);
        Assert.Equal(TimeSpan.Zero, changed.Reminders.Nudge);
        Assert.Equal("USD", changed.CurrencyCode);
        Assert.Equal(new RecapReminders(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(90)), changed.RecapReminders);
        Assert.True(changed.PostSharedWins);
        Assert.Equal((BoardMetric.Visits, 3, false), (changed.Board.Metric, changed.Board.TopSize, changed.ShoutOuts.Enabled));
        Assert.Equal(new ShoutOutRules(50_000_00, 3, 1), changed.ShoutOutRules);
        // The default threshold is a million of the team's own currency: yen have no minor unit.
        Assert.Equal(1_000_000, (await read.Teams.SingleAsync(t => t.Name == "Yen")).ShoutOutRules.MillionClubThresholdMinor);
        var plain = await read.Teams.SingleAsync(t => t.Name == "Plain");
        Assert.Equal(VisitStandard.Default, plain.Standard);
        Assert.Equal(KickoffReminders.Default, plain.Reminders);
        Assert.Equal(RecapReminders.Default, plain.RecapReminders);
        Assert.False(plain.PostSharedWins);
        Assert.Equal(BoardSettings.Default, plain.Board);
        Assert.Equal(ShoutOutSettings.Default, plain.ShoutOuts);
    }

    [Fact]
    public void A_new_team_starts_with_cores_defaults()
    {
        var team = new Team { TenantId = "tenant-a", TeamsTeamId = "19:new@thread.tacv2", Name = "New", ServiceUrl = "https://smba.trafficmanager.net/amer/" };

        Assert.Equal(TeamSchedule.Default, team.Schedule);
        Assert.Equal(VisitStandard.Default, team.Standard);
        Assert.Equal(KickoffReminders.Default, team.Reminders);
        Assert.Equal(RecapReminders.Default, team.RecapReminders);
        Assert.Equal(BoardSettings.Default, team.Board);
        Assert.Equal(ShoutOutSettings.Default, team.ShoutOuts);
        Assert.Equal(ShoutOutRules.Default, team.ShoutOutRules);
    }

    [Fact]
    public async Task A_team_saved_and_read_back_keeps_every_setting_and_a_change_to_one_is_saved()
    {
        await using var database = new TempSqliteDatabase();
        await database.StartAsync();
        var schedule = new TeamSchedule(TeamZone.Of("America/New_York"), new TimeOnly(8, 5), new TimeOnly(17, 45, 30), new TimeOnly(20, 15), WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Sunday));
        var standard = new VisitStandard(12, 6, 3, 3, 2, 4, 5);
        var reminders = new KickoffReminders(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(240), TimeSpan.FromMinutes(45));
        var recapReminders = new RecapReminders(TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(120));
        var board = new BoardSettings(BoardMetric.ValidNewCustomers, 25, TimeSpan.Zero);
        var shoutOuts = new ShoutOutSettings(false, TimeSpan.FromMinutes(90), 2_500_000_00, 12);
        long id;
        await using (var db = await database.CreateContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = "tenant-a" });
            var team = new Team
            {
                TenantId = "tenant-a", TeamsTeamId = "19:all@thread.tacv2", Name = "All", ServiceUrl = "https://smba.trafficmanager.net/amer/",
                Schedule = schedule, Standard = standard, Reminders = reminders, RecapReminders = recapReminders,
                PostSharedWins = true, Board = board, ShoutOuts = shoutOuts, CurrencyCode = "USD",
            };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            id = team.Id;
        }

        await using (var db = await database.CreateContextAsync())
        {
            var team = await db.Teams.SingleAsync(t => t.Id == id);
            Assert.Equal(schedule, team.Schedule);
            Assert.Equal("America/New_York", team.Schedule.Zone.TimeZoneInfo.Id);
            Assert.Equal(standard, team.Standard);
            Assert.Equal(reminders, team.Reminders);
            Assert.Equal(recapReminders, team.RecapReminders);
            Assert.True(team.PostSharedWins);
            Assert.Equal(board, team.Board);
            Assert.Equal(shoutOuts, team.ShoutOuts);
            Assert.Equal(new ShoutOutRules(2_500_000_00, 12, 5), team.ShoutOutRules);

            // The settings commands replace one value with another (records, `with`); the change is tracked and saved.
            team.Schedule = team.Schedule with { Zone = TeamZone.Of("Europe/Berlin"), Digest = new TimeOnly(21, 0) };
            team.Reminders = team.Reminders.With(KickoffReminder.Board, TimeSpan.FromMinutes(20));
            team.ShoutOuts = team.ShoutOuts with { MillionClubThresholdMinor = null };
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == id);
            Assert.Equal(schedule with { Zone = TeamZone.Of("Europe/Berlin"), Digest = new TimeOnly(21, 0) }, team.Schedule);
            Assert.Equal(reminders with { Board = TimeSpan.FromMinutes(20) }, team.Reminders);
            Assert.Equal(shoutOuts with { MillionClubThresholdMinor = null }, team.ShoutOuts);
            // Queries read and filter the settings where they are stored.
            Assert.Equal(schedule.WorkDays, await db.Teams.Where(t => t.Id == id).Select(t => t.Schedule.WorkDays).SingleAsync());
            Assert.Equal(standard, await db.Teams.Where(t => t.Id == id).Select(t => t.Standard).SingleAsync());
            Assert.Equal(id, await db.Teams.Where(t => t.Schedule.Zone == TeamZone.Of("Europe/Berlin") && t.Board.Metric == BoardMetric.ValidNewCustomers).Select(t => t.Id).SingleAsync());
        }
    }

    [Fact]
    public void The_settings_keep_the_columns_they_had_as_separate_properties()
    {
        // No schema change: the migrations' Teams columns are exactly what the model maps (MigrationTests checks the
        // whole model has no pending changes); these are the ones the grouped settings live in.
        using var db = SqlServerContexts.Create();
        var teams = db.Model.GetRelationalModel().FindTable("Teams", null)!;
        var columns = teams.Columns.ToDictionary(c => c.Name, c => c.StoreType);

        Assert.Equal("nvarchar(64)", columns["TimeZoneId"]);
        Assert.Equal("time", columns["KickoffTime"]);
        Assert.Equal("time", columns["EveningShareTime"]);
        Assert.Equal("time", columns["DigestTime"]);
        Assert.Equal("int", columns["WorkDaysMask"]);
        foreach (var name in new[] { "StandardVisits", "StandardNewVisits", "StandardFollowUpVisits", "StandardClosingVisits", "StandardACustomers", "StandardBcCustomers", "StandardValidNewCustomers",
                     "KickoffNudgeAfterMinutes", "KickoffManagersAfterMinutes", "MorningBoardAfterMinutes", "RecapNudgeAfterMinutes", "RecapManagersAfterMinutes",
                     "BoardTopSize", "BoardAfterDigestMinutes", "ShoutOutIntervalMinutes", "StreakDays" })
            Assert.Equal("int", columns[name]);
        Assert.Equal("nvarchar(32)", columns["BoardMetric"]);
        Assert.Equal("bit", columns["ShoutOutsEnabled"]);
        Assert.Equal("bigint", columns["MillionClubThresholdMinor"]);
        Assert.DoesNotContain(columns.Keys, c => c.Contains('_'));
    }
}
