namespace IronArmy.Data.Storage;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The connection string name: <c>ConnectionStrings:IronArmy</c>.</summary>
    public const string ConnectionStringName = "IronArmy";

    public const string DefaultSqliteConnectionString = "Data Source=ironarmy.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the host starts. Unset means: yes for SQLite (nobody else
    /// manages the file), no for SQL Server (a DBA applies the idempotent script).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>How long a SQLite command waits for another connection's write lock before failing.</summary>
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 10_000;

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
