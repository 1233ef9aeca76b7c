using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IronArmy.Data.Storage;

/// <summary>
/// Prepares every SQLite connection so the outbox dispatcher, Quartz jobs and requests can share
/// one file: WAL lets readers run while one writer writes, and the busy timeout makes a writer
/// wait for the lock instead of failing at once with "database is locked".
/// </summary>
/// <remarks>
/// EF opens and closes the connection around every query, and the pool hands back the same native
/// connection each time; the pragmas last as long as that native connection, so they run once per
/// native connection, not once per query (a kickoff submit opens about ten times).
/// </remarks>
internal sealed class SqliteConnectionSetup(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    // busy_timeout is per connection; journal_mode=WAL is stored in the file and is a no-op once set.
    private readonly string pragmas = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA journal_mode = WAL;";

    // Keyed by the native handle, so an entry goes when the pool disposes the connection.
    private readonly ConditionalWeakTable<object, object> prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || prepared.TryAdd(handle, handle);
}
