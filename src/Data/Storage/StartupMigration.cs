using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IronArmy.Data.Storage;

/// <summary>
/// Brings the database up to the current migration before anything else in the host starts
/// (hosted services start in registration order, and before the server listens).
/// On by default for SQLite only: on SQL Server a DBA applies the idempotent script.
/// </summary>
internal sealed partial class StartupMigration(
    IDbContextFactory<IronArmyDbContext> contexts,
    IOptions<DatabaseOptions> options,
    ILogger<StartupMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ShouldMigrateOnStartup)
        {
            LogSkipped(logger, options.Value.Provider);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite()) CreateDataDirectory(db.Database.GetConnectionString());

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        LogApplying(logger, pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // SQLite creates the file but not its folder; a path like data/ironarmy.db should just work.
    private static void CreateDataDirectory(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database:MigrateOnStartup is off for {Provider}; the schema is expected to be applied already")]
    private static partial void LogSkipped(ILogger logger, DatabaseProvider provider);
}
