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

    [Fact]
    public async Task Pressing_plan_today_on_the_help_card_brings_the_kickoff_form_and_keeps_the_help()
    {
        var session = _session!;
        await session.InstallAsync();
        // Noon in the team's zone: today's form is open whenever the test runs.
        await session.SayAsync("set timezone " + TeamZones.WhereTheHourIs(12));
        var help = (await session.SayAsync("help")).Single(r => r.AdaptiveCards.Any());
        var press = AdaptiveCardForm.Of(help.AdaptiveCards.Single()).Execute("command.say", new Dictionary<string, string>());
        Assert.Equal("Plan today", press.Title);

        var answer = await session.Playground.ExecuteCardActionAsync(help.Id, press);

        // The help card is answered with a message, not replaced; the kickoff form arrives in the chat.
        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        var form = await session.Playground.Recording.WaitForAsync(
            _ => session.Playground.Recording.BotActivities(session.Playground.ConversationId)
                .SelectMany(BotMessage.AdaptiveCardsOf)
                .Select(c => c.GetRawText())
                .FirstOrDefault(c => c.Contains("kickoff.submit", StringComparison.Ordinal)),
            BotInThePlayground.SeenWithin);
        Assert.True(form is not null, $"No kickoff form reached the Playground after pressing Plan today.\n{session.Diagnostics()}");
    }
}
