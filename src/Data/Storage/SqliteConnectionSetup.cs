using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IronArmy.Data.Storage;

/// <summary>
/// Prepares every SQLite connection so the outbox dispatcher, Quartz jobs and requests can share
/// one file: WAL lets readers run while one writer writes, and the busy timeout makes a writer
/// wait for the lock instead of failing at once with "database is locked".
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    // busy_timeout is per connection; journal_mode=WAL is stored in the file and is a no-op once set.
    private readonly string pragmas = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA journal_mode = WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
