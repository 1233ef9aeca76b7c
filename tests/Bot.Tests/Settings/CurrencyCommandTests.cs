using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Settings;

/// <summary>
/// <c>set currency</c> / <c>设置货币</c> through the whole bot: a manager's word, answered in their
/// language; nothing is converted, so a change of decimals is refused once amounts are recorded.
/// </summary>
public sealed class CurrencyCommandTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
        ]);
        // The drain waits for the roster sync and the welcomes it queues: none is taken for an answer.
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Activity> AskAsync(string userId, string text, string locale = "en-US")
    {
        var before = _bot.Connector.To("a:" + userId).Count;
        await _bot.SendAsync(TeamsEvents.Personal(userId, text, locale));
        var replies = _bot.Connector.To("a:" + userId);
        Assert.Equal(before + 1, replies.Count);
        var reply = replies[^1].Activity;
        if (BotHost.CardOf(reply) is { } card) AdaptiveCardSchema.AssertValid(card);
        return reply;
    }

    private Task<IronArmy.Data.Teams.Team> TeamAsync() => _bot.WithDbAsync(db => db.Teams.AsNoTracking().SingleAsync());

    [Fact]
    public async Task A_manager_sets_the_currency_and_status_shows_it_with_the_million_club_in_it()
    {
        var status = BotHost.Words(await AskAsync("29:manager", "status"));
        Assert.Contains("Currency\nCNY", status);

        var reply = await AskAsync("29:manager", "set currency hkd");

        Assert.Equal("The team's amounts are now in HKD: targets, signings, boards and the digest. The million club starts at 1,000,000 HKD.", reply.Text);
        Assert.Equal("HKD", (await TeamAsync()).CurrencyCode);
        status = BotHost.Words(await AskAsync("29:manager", "status"));
        Assert.Contains("Currency\nHKD", status);
        Assert.Contains("million club 1,000,000 HKD", status);

        var zh = await AskAsync("29:manager", "设置货币 jpy", "zh-CN");
        Assert.Equal("团队的金额现在以日元（JPY）计：目标、签单、排行榜和汇总都是。百万俱乐部门槛：1,000,000 日元。", zh.Text);
        // A million yen is a million minor units: the default threshold follows the currency's decimals.
        Assert.Equal(1_000_000, (await TeamAsync()).ShoutOutRules.MillionClubThresholdMinor);
        Assert.Contains("团队的金额已经以日元（JPY）计", (await AskAsync("29:manager", "设置货币 JPY", "zh-CN")).Text);
    }

    [Fact]
    public async Task An_unknown_code_gets_the_usage_in_the_speakers_language_and_changes_nothing()
    {
        var en = await AskAsync("29:manager", "set currency RMB");
        Assert.Equal("\"RMB\" is not a currency I know. Use its three-letter ISO 4217 code, for example: set currency HKD", en.Text);

        var zh = await AskAsync("29:manager", "设置货币 人民币", "zh-CN");
        Assert.Equal("不认识货币“人民币”。请用三个字母的 ISO 4217 代码，例如：设置货币 HKD", zh.Text);

        Assert.Equal("CNY", (await TeamAsync()).CurrencyCode);
    }

    [Fact]
    public async Task A_rep_cannot_change_the_currency_and_only_a_managers_help_offers_it()
    {
        Assert.Contains("set currency HKD", BotHost.Words(await AskAsync("29:manager", "help")));
        Assert.Contains("设置货币 HKD", BotHost.Words(await AskAsync("29:manager", "帮助", "zh-CN")));
        Assert.DoesNotContain("set currency", BotHost.Words(await AskAsync("29:li", "help")));

        Assert.Contains("Only a manager", (await AskAsync("29:li", "set currency USD")).Text);
        Assert.Equal("CNY", (await TeamAsync()).CurrencyCode);
    }

    [Fact]
    public async Task Once_amounts_are_recorded_other_decimals_are_refused_and_the_same_decimals_keep_the_numbers()
    {
        await AskAsync("29:manager", "battle month 2026-12 5000000"); // an amount recorded in fen

        var refused = await AskAsync("29:manager", "set currency JPY");
        Assert.Equal(
            "The currency stays CNY. The team already has amounts recorded in CNY (targets, signings or a battle month goal), and JPY has 0 decimals where CNY has 2: every recorded amount would read 100 times off. Nothing was changed.",
            refused.Text);
        Assert.Equal("CNY", (await TeamAsync()).CurrencyCode);
        var zh = await AskAsync("29:manager", "设置货币 JPY", "zh-CN");
        Assert.Contains("货币仍是元（CNY）", zh.Text);
        Assert.Contains("差 100 倍", zh.Text);

        var kept = await AskAsync("29:manager", "set currency USD");
        Assert.Equal(
            "The team's amounts are now in USD. Nothing is converted: amounts already recorded keep their numbers and now read in USD (18,000 CNY is now 18,000 USD). The million club starts at 1,000,000 USD.",
            kept.Text);
        var team = await TeamAsync();
        Assert.Equal("USD", team.CurrencyCode);
        var goal = await _bot.WithDbAsync(db => db.BattleMonths.Select(b => b.GoalMinor).SingleAsync());
        Assert.Equal(5_000_000_00, goal); // untouched: it now reads 5,000,000 USD

        var zhKept = await AskAsync("29:manager", "设置货币 HKD", "zh-CN");
        Assert.StartsWith("团队的金额现在以港元（HKD）计。不做任何换算：已记录的金额数字不变，改按港元（HKD）读（18,000 美元现在就是 18,000 港元）。", zhKept.Text);
    }

    [Fact]
    public async Task A_million_club_threshold_the_manager_set_keeps_its_number_in_the_new_currency()
    {
        await AskAsync("29:manager", "set shoutouts million 500000");

        var reply = await AskAsync("29:manager", "set currency JPY");

        Assert.EndsWith("The million club starts at 500,000 JPY.", reply.Text);
        Assert.Equal(500_000, (await TeamAsync()).ShoutOuts.MillionClubThresholdMinor);
    }
}
