using System.Text.Json;

namespace IronArmy.EndToEnd.Tests;

/// <summary>A message the bot posted into the conversation, with the id the Playground gave it (what a card action replies to).</summary>
internal sealed record BotMessage(string Id, JsonElement Activity)
{
    public IEnumerable<JsonElement> AdaptiveCards => AdaptiveCardsOf(Activity);

    public static IEnumerable<JsonElement> AdaptiveCardsOf(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? attachments.EnumerateArray()
                .Where(a => a.TryGetProperty("contentType", out var type) && type.GetString() == "application/vnd.microsoft.card.adaptive")
                .Select(a => a.GetProperty("content"))
            : [];
}

/// <summary>
/// The real bot and the real Playground, started for one test, with the steps every conversation
/// test takes: install the bot in the personal chat and say something to it.
/// </summary>
internal sealed class BotInThePlayground : IAsyncDisposable
{
    // Bounds, not expectations: generous so a busy CI machine does not fail the test.
    public static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(90);
    public static readonly TimeSpan SeenWithin = TimeSpan.FromSeconds(30);

    private readonly BotHost _bot;

    private BotInThePlayground(BotHost bot, AgentsPlayground playground)
    {
        _bot = bot;
        Playground = playground;
    }

    public AgentsPlayground Playground { get; }

    public BotHost Bot => _bot;

    /// <param name="settings">The bot's configuration on top of the defaults (see <see cref="BotHost.StartAsync"/>).</param>
    public static async Task<BotInThePlayground> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        AgentsPlayground.EnsureInstalled(); // before spending time starting the bot
        var bot = await BotHost.StartAsync(StartWithin, settings);
        try
        {
            return new BotInThePlayground(bot, await AgentsPlayground.StartAsync(bot.MessagesEndpoint, StartWithin));
        }
        catch
        {
            bot.Dispose();
            throw;
        }
    }

    /// <summary>Installs the bot in the personal chat and checks the bot accepted both install activities.</summary>
    public async Task InstallAsync()
    {
        await Playground.InstallBotAsync();
        var install = await Playground.Log.WaitForAsync(
            log => log.Where(e => e.IsToBot && e.ActivityName is "installationUpdate" or "conversationUpdate").ToList() is { Count: >= 2 } both ? both : null,
            SeenWithin);
        Assert.True(install is not null, $"The Playground did not deliver the install activities to the bot.\n{Diagnostics()}");
        Assert.True(install.All(e => e.Succeeded), $"The bot did not accept the install activities.\n{Diagnostics()}");
    }

    /// <summary>
    /// Sends a message as the user, checks the bot accepted it, and returns the bot's replies to it
    /// once there is one (or, with <paramref name="until"/>, once they satisfy it, within the bound).
    /// </summary>
    public async Task<IReadOnlyList<BotMessage>> SayAsync(string text, Func<IReadOnlyList<BotMessage>, bool>? until = null)
    {
        await Playground.SendUserMessageAsync(text);
        var sent = await Playground.Log.WaitForAsync(
            log => log.LastOrDefault(e => e.IsToBot && e.ActivityName == "message" && e.Text == text),
            SeenWithin);
        Assert.True(sent is not null, $"The Playground did not deliver '{text}' to the bot.\n{Diagnostics()}");
        Assert.True(sent.Succeeded, $"The bot answered {sent.StatusCode} to the '{text}' message.\n{Diagnostics()}");

        IReadOnlyList<BotMessage> Replies() =>
            Playground.Recording.BotReplyPostsTo(Playground.ConversationId, sent.MessageId!)
                .Select(r => new BotMessage(r.CreatedId ?? "", r.RequestBody)).ToList();
        var replies = await Playground.Recording.WaitForAsync(
            _ => Replies() is { Count: > 0 } found && (until?.Invoke(found) ?? true) ? found : null,
            SeenWithin) ?? Replies();
        Assert.True(replies.Count > 0, $"No reply to '{text}' reached the Playground.\n{Diagnostics()}");
        return replies;
    }

    public string Diagnostics() =>
        $"{Playground.Log.Summary()}\n{Playground.Recording.Summary()}\n" +
        $"--- bot output ---\n{_bot.Tail()}\n--- playground output ---\n{Playground.Tail()}";

    public async ValueTask DisposeAsync()
    {
        await Playground.DisposeAsync();
        _bot.Dispose();
    }
}
