using System.Text.Json;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The whole path against the real Microsoft 365 Agents Playground: it installs the bot, the user
/// types "help", and the bot's reply reaches the Playground through its connector API.
/// </summary>
public sealed class HelpInThePlaygroundTests : IAsyncLifetime
{
    // Bounds, not expectations: generous so a busy CI machine does not fail the test.
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan SeenWithin = TimeSpan.FromSeconds(30);

    private BotHost? _bot;
    private AgentsPlayground? _playground;

    public async Task InitializeAsync()
    {
        AgentsPlayground.EnsureInstalled(); // before spending time starting the bot
        _bot = await BotHost.StartAsync(StartWithin);
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesEndpoint, StartWithin);
    }

    public async Task DisposeAsync()
    {
        if (_playground is not null)
            await _playground.DisposeAsync();
        _bot?.Dispose();
    }

    [Fact]
    public async Task Installed_bot_replies_to_help_in_the_Playground()
    {
        var playground = _playground!;

        await playground.InstallBotAsync();
        var install = await playground.Log.WaitForAsync(
            log => log.Where(e => e.IsToBot && e.ActivityName is "installationUpdate" or "conversationUpdate").ToList() is { Count: >= 2 } both ? both : null,
            SeenWithin);
        Assert.True(install is not null, $"The Playground did not deliver the install activities to the bot.\n{Diagnostics()}");
        Assert.True(install.All(e => e.Succeeded), $"The bot did not accept the install activities.\n{Diagnostics()}");

        await playground.SendUserMessageAsync("help");
        var help = await playground.Log.WaitForAsync(
            log => log.LastOrDefault(e => e.IsToBot && e.ActivityName == "message" && e.Text == "help"),
            SeenWithin);
        Assert.True(help is not null, $"The Playground did not deliver 'help' to the bot.\n{Diagnostics()}");
        Assert.True(help.Succeeded, $"The bot answered {help.StatusCode} to the 'help' message.\n{Diagnostics()}");

        var replies = await BotRepliesToAsync(help.MessageId!);

        Assert.True(replies is { Count: > 0 }, $"No reply to 'help' reached the Playground.\n{Diagnostics()}");
        Assert.All(replies, r => Assert.Equal("message", r.GetProperty("type").GetString()));

        // The answer is the help card, listing the commands of the installer's role (manager).
        var card = replies.Select(r => r.TryGetProperty("attachments", out var a) ? a : default)
            .Where(a => a.ValueKind == JsonValueKind.Array)
            .SelectMany(a => a.EnumerateArray())
            .Single(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive")
            .GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var text = card.GetRawText();
        Assert.Contains("help", text);
        Assert.Contains("set kickoff 07:40", text);
        Assert.Contains("status", text);
    }

    /// <summary>The bot's accepted replies to one user message, as the activity JSON it posted (text and/or attachments).</summary>
    private async Task<IReadOnlyList<JsonElement>?> BotRepliesToAsync(string activityId) =>
        await _playground!.Recording.WaitForAsync(
            _ => _playground.Recording.BotRepliesTo(_playground.ConversationId, activityId) is { Count: > 0 } found ? found : null,
            SeenWithin);

    private string Diagnostics() =>
        $"{_playground!.Log.Summary()}\n{_playground.Recording.Summary()}\n" +
        $"--- bot output ---\n{_bot!.Tail()}\n--- playground output ---\n{_playground.Tail()}";
}
