using IronArmy.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IronArmy.Data.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public async Task Start_up_migrates_an_empty_file_and_leaves_nothing_pending()
    {
        await using var database = new TempSqliteDatabase();
        Assert.False(File.Exists(database.FilePath));

        await database.StartAsync();

        await using var db = await database.CreateContextAsync();
        Assert.IsType<SqliteIronArmyDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.NotEmpty(applied);
        Assert.Equal(db.Database.GetMigrations(), applied);
        // The schema is really there: every mapped table can be queried.
        Assert.Equal(0, await db.Tenants.CountAsync());
        Assert.Equal(0, await db.Teams.CountAsync());
        Assert.Equal(0, await db.Members.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task Start_up_migration_runs_again_without_changing_anything()
    {
        await using var database = new TempSqliteDatabase();
        await database.StartAsync();
        await database.StartAsync();

        await using var db = await database.CreateContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Start_up_migration_creates_the_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ironarmy-data-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "nested", "bot.db");
        try
        {
            await using (var services = TempSqliteDatabase.BuildServices(new Dictionary<string, string?> { ["ConnectionStrings:IronArmy"] = $"Data Source={file}" }))
            {
                foreach (var hosted in services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()) await hosted.StartAsync(CancellationToken.None);
            }

            Assert.True(File.Exists(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateOnStartup_false_leaves_the_file_unmigrated()
    {
        await using var database = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        await database.StartAsync();

        await using var db = await database.CreateContextAsync();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_sqlite_migrations_match_the_model()
    {
        await using var database = new TempSqliteDatabase();
        await using var db = await database.CreateContextAsync();

        // False means the last model change has a migration; true means someone forgot scripts/add-migration.sh.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_sql_server_migrations_match_the_model()
    {
        using var db = SqlServerContexts.Create();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlServer = SqlServerContexts.Create();
        using var sqlite = new SqliteIronArmyDbContext(new DbContextOptionsBuilder<SqliteIronArmyDbContext>().UseSqlite("Data Source=:memory:").Options);

        // Same names in the same order (ids differ only in their timestamp prefix).
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }
}
