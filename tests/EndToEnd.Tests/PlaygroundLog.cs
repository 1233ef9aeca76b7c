using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace IronArmy.EndToEnd.Tests;

/// <summary>One entry of the Playground's log panel: an activity it delivered to the bot, or a bot call it answered.</summary>
internal sealed record PlaygroundLogEntry(string From, string? ActivityName, string? MessageId, int? StatusCode, string? Text)
{
    public bool IsToBot => From != "User Application";

    public bool Succeeded => StatusCode is >= 200 and < 300;

    public override string ToString() =>
        $"{(IsToBot ? "playground -> bot" : "bot -> playground")} {ActivityName} {MessageId} \"{Text}\" => {StatusCode?.ToString() ?? "no response"}";
}

/// <summary>
/// The Playground's live log (the web socket its UI's log panel reads). Unlike the recording file it
/// also shows deliveries the bot refused, with the status code the bot answered.
/// </summary>
internal sealed class PlaygroundLog : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundLogEntry> _entries = [];
    private Task _receiving = Task.CompletedTask;

    public static async Task<PlaygroundLog> ConnectAsync(Uri playground, TimeSpan within)
    {
        var log = new PlaygroundLog();
        using var timeout = new CancellationTokenSource(within);
        await log._socket.ConnectAsync(new Uri($"ws://{playground.Authority}/_ws/log/stream"), timeout.Token);
        log._receiving = log.ReceiveAsync();
        return log;
    }

    public IReadOnlyList<PlaygroundLogEntry> Entries
    {
        get
        {
            lock (_entries)
                return _entries.ToList();
        }
    }

    public async Task<T?> WaitForAsync<T>(Func<IReadOnlyList<PlaygroundLogEntry>, T?> probe, TimeSpan within)
        where T : class
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            if (probe(Entries) is { } found)
                return found;
            if (deadline.IsCancellationRequested)
                return null;
            await Task.Delay(200, CancellationToken.None);
        }
    }

    public string Summary() => "Playground log:\n" + string.Join('\n', Entries.Select(e => "  " + e));

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                    continue;
                Add(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Stopped, or the Playground went away.
        }
    }

    private void Add(string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("log", out var log) || log.ValueKind != JsonValueKind.Object)
            return;
        string? Str(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? status = log.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object
                      && response.TryGetProperty("statusCode", out var code) && code.ValueKind == JsonValueKind.Number
            ? code.GetInt32()
            : null;
        var body = log.TryGetProperty("request", out var request) && request.ValueKind == JsonValueKind.Object
                   && request.TryGetProperty("body", out var b) ? b : default;
        var entry = new PlaygroundLogEntry(Str(log, "from") ?? "", Str(log, "activityName"), Str(log, "messageId"), status, Str(body, "text") ?? Str(log, "displayText"));
        lock (_entries)
            _entries.Add(entry);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _receiving;
        }
        finally
        {
            _socket.Dispose();
            _stop.Dispose();
        }
    }
}
