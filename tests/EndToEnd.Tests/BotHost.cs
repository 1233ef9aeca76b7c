using System.Diagnostics;
using System.Net.Http.Json;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The real bot (src/Bot's build output) as its own process on a loopback port, in Development with
/// no app id (so it accepts the Playground's token-less requests) and a throw-away SQLite file.
/// </summary>
internal sealed class BotHost : IDisposable
{
    private readonly ChildProcess _process;
    private readonly string _dataFolder;

    private BotHost(ChildProcess process, string dataFolder, Uri baseAddress)
    {
        _process = process;
        _dataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    /// <summary>The bot's SQLite file (a test may read it, or seed history the product would take weeks to write).</summary>
    public string DatabasePath => Path.Combine(_dataFolder, "ironarmy.db");

    /// <summary>The bot's Development-only time control (<c>Clock:Controllable</c>), when the bot was started with it.</summary>
    private static readonly string ClockPath = "/_dev/clock";

    public string Tail(int lines = 40) => _process.Tail(lines);

    /// <param name="settings">Configuration on top of the defaults, as environment variables (<c>Clock__Controllable</c>).</param>
    public static async Task<BotHost> StartAsync(TimeSpan readyWithin, IReadOnlyDictionary<string, string>? settings = null)
    {
        var assembly = RepositoryLayout.BotAssembly;
        if (!File.Exists(assembly))
            throw new InvalidOperationException($"The bot is not built: {assembly} is missing. Run `dotnet build IronArmy.sln` first.");

        var dataFolder = Directory.CreateTempSubdirectory("ironarmy-e2e-bot-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet")
        {
            // The bot's own folder is its content root, so its appsettings*.json apply.
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["MicrosoftAppId"] = "";
        start.Environment["MicrosoftAppPassword"] = "";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__IronArmy"] = $"Data Source={Path.Combine(dataFolder, "ironarmy.db")}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var host = new BotHost(ChildProcess.Start(start, "The .NET SDK's `dotnet` must be on PATH."), dataFolder, baseAddress);
        try
        {
            await host.WaitUntilLiveAsync(readyWithin);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The bot's time (with <c>Clock__Controllable</c>).</summary>
    public async Task<DateTimeOffset> UtcNowAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var now = await http.GetFromJsonAsync<ClockNow>(ClockPath);
        return now!.UtcNow;
    }

    /// <summary>
    /// Moves the bot's clock on to <paramref name="to"/>; the bot stops at every scheduled fire on the way and
    /// runs its jobs there, and answers once they have run (what they queued is then on its way).
    /// </summary>
    public async Task<DateTimeOffset> MoveClockToAsync(DateTimeOffset to)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        using var response = await http.PostAsJsonAsync(ClockPath, new { to });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The bot refused to move its clock to {to:o}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Tail()}");
        return (await response.Content.ReadFromJsonAsync<ClockNow>())!.UtcNow;
    }

    private sealed record ClockNow(DateTimeOffset UtcNow, int Fires);

    private async Task WaitUntilLiveAsync(TimeSpan within)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = new CancellationTokenSource(within);
        while (!deadline.IsCancellationRequested)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bot exited during start-up:\n{Tail()}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health/live"), deadline.Token);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200, CancellationToken.None);
        }
        throw new TimeoutException($"The bot did not answer /health/live within {within.TotalSeconds:0} s:\n{Tail()}");
    }

    public void Dispose()
    {
        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; it is in the temp folder anyway.
        }
    }
}
