using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), run without a
/// browser and driven through the HTTP endpoints its own web UI uses.
/// </summary>
internal sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _workFolder;
    private readonly HttpClient _http;

    private AgentsPlayground(ChildProcess process, string workFolder, Uri baseAddress, string conversationId, PlaygroundRecording recording)
    {
        _process = process;
        _workFolder = workFolder;
        BaseAddress = baseAddress;
        ConversationId = conversationId;
        Recording = recording;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The mock user of the built-in mock data (Alex Wilber), who installs the bot and chats with it.</summary>
    public const string UserId = "user-id-0";

    public Uri BaseAddress { get; }

    /// <summary>Its Bot Connector, as it tells the bot in every activity (no trailing slash).</summary>
    public string ServiceUrl => BaseAddress.ToString().TrimEnd('/') + "/_connector";

    /// <summary>The built-in mock data's tenant and bot, which its own activities carry.</summary>
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";

    public const string BotId = "00000000-0000-0000-0000-00000000000011";

    /// <summary>The personal (1:1) conversation between the mock user and the bot.</summary>
    public string ConversationId { get; }

    /// <summary>Every exchange that succeeded, with URLs and full bodies (the --er recording file).</summary>
    public PlaygroundRecording Recording { get; }

    /// <summary>The live log, which also shows the deliveries the bot refused.</summary>
    public PlaygroundLog Log { get; private set; } = null!;

    public string Tail(int lines = 40) => _process.Tail(lines);

    public static async Task<AgentsPlayground> StartAsync(Uri botMessagesEndpoint, TimeSpan readyWithin)
    {
        EnsureInstalled();

        var workFolder = Directory.CreateTempSubdirectory("ironarmy-e2e-playground-").FullName;
        var port = LoopbackPort.Free();
        var conversationId = "ironarmy-e2e-personal";
        var recording = new PlaygroundRecording(Path.Combine(workFolder, "recording.log"));

        // Its working folder is a temp folder: it reads .m365agentsplayground.yml from there (none,
        // so built-in mock data) and writes nothing into the repository.
        var start = new ProcessStartInfo("node") { WorkingDirectory = workFolder };
        foreach (var arg in new[]
                 {
                     "-r", RepositoryLayout.ForceLoopbackScript, RepositoryLayout.PlaygroundCli,
                     "-e", botMessagesEndpoint.ToString(), "-c", "msteams", "--dt", "--er",
                     "-p", port.ToString(), "--conversation-id", conversationId,
                     // 127.0.0.1, not its default "localhost", which may resolve to ::1 where nothing listens.
                     "--service-url", $"http://127.0.0.1:{port}/_connector",
                 })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = recording.Path;
        foreach (var inherited in new[] { "BOT_ENDPOINT", "TEAMSAPPTESTER_PORT", "DEFAULT_CHANNEL_ID", "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID" })
            start.Environment.Remove(inherited);

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start(start, "Node.js (20 or later) must be on PATH.");
        process.LineWritten += line =>
        {
            if (ListeningOn().Match(line) is { Success: true } m)
                listening.TrySetResult(int.Parse(m.Groups[1].Value));
        };
        // The line may have been written before the handler was attached.
        if (ListeningOn().Match(process.Output) is { Success: true } early)
            listening.TrySetResult(int.Parse(early.Groups[1].Value));

        var playground = new AgentsPlayground(process, workFolder, new Uri($"http://127.0.0.1:{port}"), conversationId, recording);
        try
        {
            var ready = await Task.WhenAny(listening.Task, Task.Delay(readyWithin));
            if (ready != listening.Task)
                throw new TimeoutException($"The Playground did not start listening within {readyWithin.TotalSeconds:0} s:\n{playground.Tail()}");
            if (listening.Task.Result != port)
                throw new InvalidOperationException($"The Playground took port {listening.Task.Result} instead of {port} (busy?); its service URL would be wrong.");
            using var ping = await playground._http.GetAsync("/_debug/ping");
            ping.EnsureSuccessStatusCode();
            playground.Log = await PlaygroundLog.ConnectAsync(playground.BaseAddress, readyWithin);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>Fails with how to fix it when the Playground (an npm package) has not been installed.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(RepositoryLayout.PlaygroundCli))
            throw new InvalidOperationException($"The Agents Playground is not installed ({RepositoryLayout.PlaygroundCli} is missing). {RepositoryLayout.InstallPlaygroundHint}");
        if (!File.Exists(RepositoryLayout.ForceLoopbackScript))
            throw new InvalidOperationException($"{RepositoryLayout.ForceLoopbackScript} is missing: the repository must sit next to the shared/ folder.");
    }

    /// <summary>
    /// What the Playground's UI does on page load: sends the bot installationUpdate (add) and then
    /// conversationUpdate (user and bot in membersAdded) for the personal conversation.
    /// </summary>
    public async Task InstallBotAsync()
    {
        using var response = await _http.PostAsJsonAsync($"/_debug/conversation/{Uri.EscapeDataString(ConversationId)}/installation", new { });
        await EnsureSuccessAsync(response, "install the bot");
    }

    /// <summary>
    /// The mock team's General channel: its id is the team's ("team-id" in the built-in mock data),
    /// as in Teams, where a team's General channel shares the team's id.
    /// </summary>
    public const string TeamChannelId = "team-id";

    /// <summary>
    /// What the UI does when the user picks the General channel under "Teams Channel": sends the bot
    /// installationUpdate (add) and conversationUpdate (bot added) in team scope. The bot then reads the
    /// team's roster (the five mock users and the current user) and opens a 1:1 chat with each.
    /// </summary>
    public async Task InstallBotInTeamAsync()
    {
        using var response = await _http.PostAsJsonAsync($"/_debug/conversation/{Uri.EscapeDataString(TeamChannelId)}/installation", new { });
        await EnsureSuccessAsync(response, "install the bot in the team");
    }

    /// <summary>
    /// "Mock an Activity" with custom JSON: the Playground forwards the activity to the bot as it is.
    /// The only way to speak as a mock user other than the current one (its chat box always sends as
    /// the current user); the bot's answers go back through the Playground's connector as usual.
    /// </summary>
    public async Task SendCustomActivityAsync(object activity)
    {
        using var response = await _http.PostAsJsonAsync("/_internal/v1/customActivities", activity);
        await EnsureSuccessAsync(response, "send a custom activity");
    }

    /// <summary>Sends a message as the mock user, like typing it into the Playground's chat box.</summary>
    public async Task SendUserMessageAsync(string text)
    {
        using var response = await _http.PostAsJsonAsync(
            $"/_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages",
            new { from = new { id = UserId }, text, textFormat = "plain" });
        await EnsureSuccessAsync(response, $"send '{text}'");
    }

    /// <summary>
    /// What the UI does when the user presses an Action.Execute button on a card the bot sent: the
    /// Playground sends the bot an invoke "adaptiveCard/action" with value {action: {type, title,
    /// verb, data}} (no trigger, no action id) and replyToId = the card's message id, puts the card
    /// in the bot's answer in place of the old one, and returns that answer ({type, value}).
    /// </summary>
    public async Task<JsonElement> ExecuteCardActionAsync(string cardMessageId, CardActionClick click)
    {
        using var response = await _http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = click.Type, title = click.Title, verb = click.Verb, data = click.Data } },
            from = new { id = UserId },
            conversation = new { id = ConversationId },
            replyToId = cardMessageId,
        });
        await EnsureSuccessAsync(response, $"send the '{click.Verb}' invoke");
        return JsonElement.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// What the UI does for an Action.Submit button: the Playground sends the bot a message with no
    /// text, value = the button's data with the inputs merged in, and replyToId = the card's message id.
    /// </summary>
    public async Task SubmitCardAsync(string cardMessageId, JsonObject data)
    {
        using var response = await _http.PostAsJsonAsync("/_conversation/v1/submit", new
        {
            conversation = new { id = ConversationId },
            replyToId = cardMessageId,
            from = new { id = UserId },
            value = data,
        });
        await EnsureSuccessAsync(response, "submit the card");
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string action)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"The Playground refused to {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{Tail()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Log is not null)
            await Log.DisposeAsync();
        _http.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temp folder.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
