using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Leaderboards;

/// <summary>
/// A signed amount typed as 1500 reads "1,500" in the team's currency wherever the bot shows it
/// afterwards — the boards, the asker's private standing, the 大战月 reply and countdown, and the
/// manager's digest — in a currency without decimals (JPY: 1,500 minor units) and with two (CNY:
/// 150,000). Read with the wrong decimals it would show as 15 or 150,000.
/// </summary>
public sealed class AmountsInTheTeamsCurrencyFlowTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();
    private readonly SharingTeam _team;

    public AmountsInTheTeamsCurrencyFlowTests() => _team = new SharingTeam(_bot);

    public Task InitializeAsync() => _team.InstallAsync(
        new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
        new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" });

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("JPY", 1_500)]
    [InlineData("CNY", 150_000)]
    public async Task A_signing_of_1500_reads_1500_on_the_boards_the_standing_the_battle_month_and_the_digest(string currency, long minor)
    {
        if (currency != "CNY") Assert.Contains($"now in {currency}", (await _team.AskAsync("29:manager", "set currency " + currency.ToLowerInvariant())).Text);
        var amount = $"1,500 {currency}";

        var summary = await _team.ShareSignedAsync("29:li", "Acme Trading", "1500");
        Assert.Contains(amount, summary);
        var stored = await _bot.WithDbAsync(db => db.RepDayRollups.Where(r => r.TeamId == _team.TeamId).Select(r => r.SignedAmountMinor).SingleAsync());
        Assert.Equal(minor, stored);

        // 大战月 with a goal of 1500: the reply, then the countdown on the board.
        var battle = await _team.AskAsync("29:manager", $"battle month {_team.WorkDate[..7]} 1500");
        Assert.Contains($"with a goal of {amount}", battle.Text);

        // The private board: the line and the asker's own standing.
        var mine = await _team.AskAsync("29:li", "board");
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(mine)!.Value);
        var words = BotHost.Words(mine);
        Assert.Contains($"You: #1 🥇 of 1 on the board · {amount}", words);
        Assert.Contains($"Big battle month: goal {amount}, {amount} signed", words);
        Assert.Contains($"Team this month: {amount} signed", words);

        // The channel's board.
        var before = _team.Channel.Count;
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "board now"));
        var posted = BotHost.Words(Assert.Single(_team.Channel.Skip(before)).Activity);
        Assert.Contains("🥇 Li Lei", posted);
        Assert.Contains(amount, posted);

        // The digest's team total and the rep's line.
        var digest = await _team.AskAsync("29:manager", "digest now");
        var card = BotHost.Words(digest);
        Assert.Contains("Evening digest", card);
        Assert.Contains($"1 · {amount}", card);
        Assert.Contains($"signed {amount}", card);
        Assert.DoesNotContain($"15 {currency}", card);
        Assert.DoesNotContain($"150,000 {currency}", card);
    }
}
