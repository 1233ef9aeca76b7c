using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace IronArmy.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Quartz with the team ritual jobs. The store follows the data layer's settings:
    /// <c>Database:Provider</c> = <c>Sqlite</c> (default; one unclustered scheduler) or <c>SqlServer</c>
    /// (Quartz cluster mode, so several bot instances share one schedule), on <c>ConnectionStrings:IronArmy</c>.
    /// Registers the hosted scheduler and the start-up reconciler unless <c>Scheduling:Enabled</c> is false,
    /// and a readiness check tagged <see cref="ReadyTag"/>. Expects the <c>IronArmyDbContext</c> to be registered.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SchedulingOptions.Section);
        var settings = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddOptions<SchedulingOptions>()
            .Bind(section)
            .Validate(o => o.MisfireTolerance > TimeSpan.Zero, "Scheduling:MisfireTolerance must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RitualFanOut>();
        services.AddScoped<RitualNow>();
        services.AddScoped<MissingRepsList>();
        services.AddScoped<RitualJob>();
        services.AddSingleton<TeamSchedules>();

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "IronArmy");
            q.AddTriggerListener<MissedFireListener>();
            if (settings.Store == SchedulingStore.Memory)
                q.UseInMemoryStore(o => o.MisfireThreshold = settings.MisfireTolerance);
            else
                q.UsePersistentStore(store => ConfigureDatabaseStore(store, configuration, settings.MisfireTolerance));
        });

        if (settings.Enabled)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            services.AddHostedService<ScheduleReconciler>();
        }

        services.AddHealthChecks().AddCheck<SchedulerStartedHealthCheck>("scheduler", tags: [ReadyTag]);
        return services;
    }

    private static void ConfigureDatabaseStore(IPersistentStoreBuilder store, IConfiguration configuration, TimeSpan misfireTolerance)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("IronArmy") ?? "Data Source=ironarmy.db";
        store.ConfigureStore(o => o.MisfireThreshold = misfireTolerance);
        store.ProvisionSchema();
        store.UseSystemTextJsonSerializer();
        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            store.UseSqlServer(SqlClientFactory.Instance, connectionString);
            // Row locks in SQL Server; each instance gets a generated id (instanceId AUTO).
            store.UseClustering();
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            // Quartz refuses clustering on SQLite: one scheduler process per database file.
            store.UseSqlite(SqliteFactory.Instance, connectionString);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use Sqlite or SqlServer.");
        }
    }
}
