using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IronArmy.Data.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c>: a scoped <see cref="IronArmyDbContext"/>
    /// (requests) and a singleton <see cref="IDbContextFactory{IronArmyDbContext}"/> (the dispatcher and
    /// jobs), both served from one context pool; plus the start-up migration.
    /// </summary>
    /// <exception cref="InvalidOperationException">SQL Server is chosen without <c>ConnectionStrings:IronArmy</c>.</exception>
    public static IServiceCollection AddIronArmyData(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DatabaseOptions.Section);
        services.AddOptions<DatabaseOptions>().Bind(section);

        // The provider decides which context type (and so which migration set) is registered,
        // so it is read now; the connection string is read when the pool is built.
        var provider = section.Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                AddContexts<SqliteIronArmyDbContext>(services, (sp, o) => o
                    .UseSqlite(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultSqliteConnectionString)
                    .AddInterceptors(new SqliteConnectionSetup(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.SqliteBusyTimeoutMilliseconds)));
                break;
            case DatabaseProvider.SqlServer:
                _ = SqlServerConnectionString(configuration);
                AddContexts<SqlServerIronArmyDbContext>(services, (_, o) => o.UseSqlServer(SqlServerConnectionString(configuration)));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or SqlServer.");
        }

        services.AddHostedService<StartupMigration>();
        return services;
    }

    private static void AddContexts<TProviderContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TProviderContext : IronArmyDbContext
    {
        // One pool feeds both lifetimes: AddDbContext + AddDbContextFactory would need the options
        // registered twice with different lifetimes, and neither would create the provider subclass
        // when asked for IronArmyDbContext. A scoped context leased from the pool goes back to it
        // when the scope is disposed.
        services.AddPooledDbContextFactory<TProviderContext>(configure);
        services.AddSingleton<IDbContextFactory<IronArmyDbContext>, ProviderContextFactory<TProviderContext>>();
        services.AddScoped<IronArmyDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TProviderContext>>().CreateDbContext());
    }

    private static string SqlServerConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "Database:Provider is SqlServer but ConnectionStrings:IronArmy is not set. " +
                "Set it (e.g. the environment variable ConnectionStrings__IronArmy), or use Database:Provider=Sqlite.")
            : connectionString;
    }
}
