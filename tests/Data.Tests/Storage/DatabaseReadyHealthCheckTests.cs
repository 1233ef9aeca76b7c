using IronArmy.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IronArmy.Data.Tests.Storage;

public sealed class DatabaseReadyHealthCheckTests
{
    [Fact]
    public async Task Ready_once_migrated()
    {
        await using var database = new TempSqliteDatabase();
        await database.StartAsync();

        var result = await Check(database.Services);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Not_ready_while_migrations_are_pending()
    {
        await using var database = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        await using (var db = await database.CreateContextAsync()) await db.Database.OpenConnectionAsync(); // the file exists, empty

        var result = await Check(database.Services);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("not applied", result.Description);
    }

    [Fact]
    public async Task Not_ready_when_the_database_is_missing()
    {
        await using var database = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });

        var result = await Check(database.Services);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("cannot be reached", result.Description);
        Assert.False(File.Exists(database.FilePath), "a readiness probe must not create the database");
    }

    private static Task<HealthCheckResult> Check(IServiceProvider services)
    {
        var check = new DatabaseReadyHealthCheck(services.GetRequiredService<IDbContextFactory<IronArmyDbContext>>());
        var context = new HealthCheckContext { Registration = new HealthCheckRegistration("database", check, HealthStatus.Unhealthy, ["ready"]) };
        return check.CheckHealthAsync(context);
    }
}
