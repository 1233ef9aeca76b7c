namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The whole path against the real Microsoft 365 Agents Playground: it installs the bot, the user
/// types "help", and the bot's reply reaches the Playground through its connector API.
/// </summary>
public sealed class HelpInThePlaygroundTests : IAsyncLifetime
{
    private BotInThePlayground? _session;

    public async Task InitializeAsync() => _session = await BotInThePlayground.StartAsync();

    public async Task DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync();
    }

    [Fact]
    public async Task Installed_bot_replies_to_help_in_the_Playground()
    {
        var session = _session!;
        await session.InstallAsync();

        var replies = await session.SayAsync("help");

        Assert.All(replies, r => Assert.Equal("message", r.Activity.GetProperty("type").GetString()));

        // The answer is the help card, listing the commands of the installer's role (manager).
        var card = replies.SelectMany(r => r.AdaptiveCards).Single();
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var text = card.GetRawText();
        Assert.Contains("What I can do", text);
        Assert.Contains("set kickoff 07:40", text);
        Assert.Contains("status", text);
    }
}
