using System.Text.Json;

namespace IronArmy.EndToEnd.Tests;

/// <summary>One HTTP exchange the Playground recorded (--er): its activities to the bot and the bot's calls to it.</summary>
internal sealed record RecordedExchange(
    string Direction,
    string? ActivityName,
    string Method,
    string Url,
    int StatusCode,
    JsonElement RequestBody,
    JsonElement ResponseBody)
{
    public bool IsFromBot => Direction.StartsWith("User Application ->", StringComparison.Ordinal);

    public bool IsToBot => Direction.EndsWith("-> User Application", StringComparison.Ordinal);

    public bool Succeeded => StatusCode is >= 200 and < 300;

    public string? ActivityId => Property("id");

    public string? Property(string name) => StringProperty(RequestBody, name);

    /// <summary>The id the Playground gave an activity the bot posted (its answer is {"id": ...}).</summary>
    public string? CreatedId => StringProperty(ResponseBody, "id");

    private static string? StringProperty(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public override string ToString() =>
        $"{(IsFromBot ? "bot -> playground" : "playground -> bot")} {ActivityName} {Method} {Url} => {StatusCode}";
}

/// <summary>
/// The Playground's events-recording file: JSON objects separated by "---" lines, appended as
/// exchanges complete (so a bot's reply can be written before the request that caused it).
/// </summary>
internal sealed class PlaygroundRecording(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<RecordedExchange> Read()
    {
        if (!File.Exists(Path))
            return [];
        string text;
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
            text = reader.ReadToEnd();

        var exchanges = new List<RecordedExchange>();
        foreach (var block in text.Split("\n---\n"))
        {
            if (string.IsNullOrWhiteSpace(block) || block.Trim() == "---")
                continue;
            try
            {
                using var doc = JsonDocument.Parse(block);
                var root = doc.RootElement;
                var request = root.GetProperty("request");
                var response = root.GetProperty("response");
                exchanges.Add(new RecordedExchange(
                    root.GetProperty("direction").GetString() ?? "",
                    root.TryGetProperty("activityName", out var name) ? name.GetString() : null,
                    request.GetProperty("method").GetString() ?? "",
                    request.GetProperty("url").GetString() ?? "",
                    response.GetProperty("statusCode").GetInt32(),
                    request.TryGetProperty("body", out var body) ? body.Clone() : default,
                    response.TryGetProperty("body", out var answer) ? answer.Clone() : default));
            }
            catch (JsonException)
            {
                // The last block may still be being written.
            }
        }
        return exchanges;
    }

    /// <summary>Activities the bot sent into a conversation (send or reply), as the JSON it posted.</summary>
    public IReadOnlyList<JsonElement> BotActivities(string conversationId) =>
        Read().Where(e => IsActivityPost(e, conversationId)).Select(e => e.RequestBody).ToList();

    /// <summary>The bot's accepted posts into a conversation, as the whole exchanges (with the id the Playground gave each).</summary>
    public IReadOnlyList<RecordedExchange> BotPosts(string conversationId) =>
        Read().Where(e => IsActivityPost(e, conversationId) && e.Succeeded).ToList();

    /// <summary>The bot's accepted replies to one activity: posted to .../activities/{id} or carrying replyToId.</summary>
    public IReadOnlyList<JsonElement> BotRepliesTo(string conversationId, string activityId) =>
        BotReplyPostsTo(conversationId, activityId).Select(e => e.RequestBody).ToList();

    /// <summary>Like <see cref="BotRepliesTo"/>, as the whole exchanges (the Playground's id for each reply is in <see cref="RecordedExchange.CreatedId"/>).</summary>
    public IReadOnlyList<RecordedExchange> BotReplyPostsTo(string conversationId, string activityId) =>
        Read()
            .Where(e => IsActivityPost(e, conversationId) && e.Succeeded)
            .Where(e => e.Url.EndsWith($"/activities/{Uri.EscapeDataString(activityId)}", StringComparison.Ordinal)
                        || e.Property("replyToId") == activityId)
            .ToList();

    /// <summary>The bot's accepted replacements (PUT) of one activity it had sent, as the activity JSON it put.</summary>
    public IReadOnlyList<JsonElement> BotUpdatesOf(string conversationId, string activityId) =>
        Read()
            .Where(e => e.IsFromBot && e.Method == "PUT" && e.Succeeded)
            .Where(e => e.Url.Split('?')[0].EndsWith(
                $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}",
                StringComparison.Ordinal))
            .Select(e => e.RequestBody)
            .ToList();

    /// <summary>Polls the recording until <paramref name="probe"/> finds something; null if it has not within the bound.</summary>
    public async Task<T?> WaitForAsync<T>(Func<IReadOnlyList<RecordedExchange>, T?> probe, TimeSpan within)
        where T : class
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            if (probe(Read()) is { } found)
                return found;
            if (deadline.IsCancellationRequested)
                return null;
            await Task.Delay(200, CancellationToken.None);
        }
    }

    public string Summary() =>
        "Recorded exchanges:\n" + string.Join('\n', Read().Select(e => "  " + e));

    private static bool IsActivityPost(RecordedExchange e, string conversationId)
    {
        if (!e.IsFromBot || e.Method != "POST")
            return false;
        var path = e.Url.Split('?')[0];
        var prefix = $"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        var at = path.IndexOf(prefix, StringComparison.Ordinal);
        if (at < 0)
            return false;
        var rest = path[(at + prefix.Length)..];
        return rest.Length == 0 || (rest[0] == '/' && !rest[1..].Contains('/'));
    }
}
