using IronArmy.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IronArmy.Data.Tests;

/// <summary>A real SQLite file in a fresh temp folder, wired through <c>AddIronArmyData</c>; deleted on dispose.</summary>
public sealed class TempSqliteDatabase : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ironarmy-data-tests", Guid.NewGuid().ToString("N"));

    public TempSqliteDatabase(IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, "ironarmy.db");
        var config = new Dictionary<string, string?> { ["ConnectionStrings:IronArmy"] = ConnectionString };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        Services = BuildServices(config);
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public ServiceProvider Services { get; }

    public static ServiceProvider BuildServices(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddIronArmyData(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Runs the hosted services exactly as the host would at start-up (this is where migration happens).</summary>
    public async Task StartAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>()) await service.StartAsync(CancellationToken.None);
    }

    public async Task<IronArmyDbContext> CreateContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<IronArmyDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
