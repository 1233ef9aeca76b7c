using IronArmy.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IronArmy.Data.Tests.Storage;

public sealed class RegistrationTests
{
    [Fact]
    public void With_no_configuration_it_is_sqlite_on_ironarmy_db()
    {
        using var services = TempSqliteDatabase.BuildServices(new Dictionary<string, string?>());
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();

        Assert.IsType<SqliteIronArmyDbContext>(db);
        Assert.True(db.Database.IsSqlite());
        Assert.Equal("Data Source=ironarmy.db", db.Database.GetConnectionString());
        Assert.True(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ShouldMigrateOnStartup);
    }

    [Fact]
    public void The_scoped_context_and_the_factory_both_resolve_as_the_provider_context()
    {
        using var services = TempSqliteDatabase.BuildServices(new Dictionary<string, string?>());
        var factory = services.GetRequiredService<IDbContextFactory<IronArmyDbContext>>();
        using var fromFactory = factory.CreateDbContext();
        using var scope1 = services.CreateScope();
        using var scope2 = services.CreateScope();

        var a = scope1.ServiceProvider.GetRequiredService<IronArmyDbContext>();

        Assert.IsType<SqliteIronArmyDbContext>(fromFactory);
        Assert.Same(a, scope1.ServiceProvider.GetRequiredService<IronArmyDbContext>());
        Assert.NotSame(a, scope2.ServiceProvider.GetRequiredService<IronArmyDbContext>());
        Assert.NotSame(a, fromFactory);
        Assert.Same(factory, scope1.ServiceProvider.GetRequiredService<IDbContextFactory<IronArmyDbContext>>());
    }

    [Fact]
    public void SqlServer_is_chosen_by_configuration_and_does_not_migrate_by_default()
    {
        using var services = TempSqliteDatabase.BuildServices(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:IronArmy"] = SqlServerContexts.DummyConnectionString,
        });
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<IronArmyDbContext>();

        Assert.IsType<SqlServerIronArmyDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
        Assert.False(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ShouldMigrateOnStartup);
    }

    [Fact]
    public async Task SqlServer_start_up_does_not_touch_the_server_unless_asked()
    {
        await using var services = TempSqliteDatabase.BuildServices(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:IronArmy"] = SqlServerContexts.DummyConnectionString,
        });

        // The server name cannot resolve: reaching for it would throw.
        foreach (var hosted in services.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_fails_at_start_up_with_the_key_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TempSqliteDatabase.BuildServices(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
        }));

        Assert.Contains("ConnectionStrings:IronArmy", error.Message);
    }

    [Fact]
    public void An_unknown_provider_fails_at_start_up()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TempSqliteDatabase.BuildServices(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
        }));

        Assert.Contains("Database:Provider", error.Message);
    }

    [Fact]
    public async Task Sqlite_connections_use_WAL_and_the_configured_busy_timeout()
    {
        await using var database = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:SqliteBusyTimeoutMilliseconds"] = "4321" });
        await database.StartAsync();
        await using var db = await database.CreateContextAsync();

        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        Assert.Equal("4321", await Pragma(connection, "busy_timeout"));
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_keeps_the_busy_timeout_and_a_new_one_gets_it()
    {
        await using var database = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:SqliteBusyTimeoutMilliseconds"] = "4321" });
        await database.StartAsync();
        await using var first = await database.CreateContextAsync();
        for (var i = 0; i < 3; i++)
        {
            // EF closes and reopens around queries: the pool returns the same native connection.
            await first.Database.OpenConnectionAsync();
            Assert.Equal("4321", await Pragma((SqliteConnection)first.Database.GetDbConnection(), "busy_timeout"));
            await first.Database.CloseConnectionAsync();
        }

        // Held open, the first forces the second context onto another native connection.
        await first.Database.OpenConnectionAsync();
        await using var second = await database.CreateContextAsync();
        await second.Database.OpenConnectionAsync();
        var other = (SqliteConnection)second.Database.GetDbConnection();
        Assert.NotSame(((SqliteConnection)first.Database.GetDbConnection()).Handle, other.Handle);
        Assert.Equal("4321", await Pragma(other, "busy_timeout"));
    }

    private static async Task<string?> Pragma(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
