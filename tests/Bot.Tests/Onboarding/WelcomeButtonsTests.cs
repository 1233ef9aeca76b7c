using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Conversations;
using IronArmy.Bot.Tests.Help;

namespace IronArmy.Bot.Tests.Onboarding;

/// <summary>The welcome's buttons, pressed as Teams sends them, through the whole bot: pressing one is typing its command.</summary>
public sealed class WelcomeButtonsTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
        ]);
        // The send drains the roster sync and the welcomes it queues.
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam(locale: "en-US"));
        Assert.Single(_bot.Connector.To("a:29:manager"));
        Assert.Single(_bot.Connector.To("a:29:li"));
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Activity> ReplyToAsync(object message, string userId)
    {
        var conversation = "a:" + userId;
        var before = _bot.Connector.To(conversation).Count;
        await _bot.SendAsync(message);
        var replies = _bot.Connector.To(conversation);
        Assert.Equal(before + 1, replies.Count);
        return replies[^1].Activity;
    }

    private JsonElement WelcomeOf(string userId)
    {
        var card = BotHost.CardOf(_bot.Connector.To("a:" + userId)[0].Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        return card;
    }

    [Fact]
    public async Task A_managers_welcome_buttons_answer_exactly_as_the_typed_commands_do()
    {
        var buttons = HelpCardTests.Buttons(WelcomeOf("29:manager"));
        Assert.Equal(["Plan today", "Recap", "Board", "Settings"], buttons.Select(b => b.Title));

        foreach (var (title, says) in buttons)
        {
            var typed = await ReplyToAsync(TeamsEvents.Personal("29:manager", says), "29:manager");
            var pressed = await ReplyToAsync(TeamsEvents.CommandPress("29:manager", says), "29:manager");

            Assert.NotNull(BotHost.CardOf(pressed));
            Assert.Equal(BotHost.Words(typed), BotHost.Words(pressed));
            Assert.DoesNotContain("I didn't understand", BotHost.Words(pressed));
        }
    }

    [Fact]
    public async Task A_rep_has_no_settings_button_and_plan_today_opens_the_kickoff_while_the_welcome_stays()
    {
        var buttons = HelpCardTests.Buttons(WelcomeOf("29:li"));
        Assert.Equal(["Plan today", "Recap", "Board"], buttons.Select(b => b.Title));

        var typed = await ReplyToAsync(TeamsEvents.Personal("29:li", "plan"), "29:li");
        var response = await _bot.PostAsync(TeamsEvents.CommandPress("29:li", buttons[0].Says));
        await _bot.DrainAsync();

        // The invoke is answered with a message, not a card: the welcome pressed is not replaced.
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/vnd.microsoft.activity.message", answer.GetProperty("type").GetString());
        var pressed = _bot.Connector.To("a:29:li")[^1].Activity;
        Assert.Equal(BotHost.Words(typed), BotHost.Words(pressed));
    }

    [Fact]
    public async Task A_typed_messageBack_from_an_older_card_is_still_the_command()
    {
        var typed = await ReplyToAsync(TeamsEvents.Personal("29:li", "plan"), "29:li");
        var pressed = await ReplyToAsync(TeamsEvents.MessageBack("29:li", "plan", "plan", value: new { }), "29:li");

        Assert.Equal(BotHost.Words(typed), BotHost.Words(pressed));
    }

    [Fact]
    public async Task A_chinese_welcome_says_chinese_commands_and_gets_chinese_answers()
    {
        await _bot.SendAsync(TeamsEvents.PersonalInstall("29:solo", "Zhou Jie", "zh-CN"));
        var buttons = HelpCardTests.Buttons(WelcomeOf("29:solo"));
        Assert.Equal([("早启动", "早启动"), ("晚分享", "晚分享"), ("排行榜", "排行榜"), ("团队设置", "状态")], buttons);

        var status = await ReplyToAsync(TeamsEvents.CommandPress("29:solo", "状态", "zh-CN"), "29:solo");

        Assert.Contains("日程", BotHost.Words(status));
    }
}
