using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Conversations;
using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Leaderboards;

/// <summary>
/// A manager who plans and shares sells too: their signing is on the board right after their recap
/// summary shows it, privately and in the channel, and a manager who shared nothing is on no list.
/// </summary>
public sealed class ManagersOnTheBoardFlowTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();
    private readonly SharingTeam _team;

    public ManagersOnTheBoardFlowTests() => _team = new SharingTeam(_bot);

    public async Task InitializeAsync()
    {
        await _team.InstallAsync(
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" });
        // A second manager, who does not sell (made one in storage: a channel message would also rename the speaker).
        await _bot.WithDbAsync(db => db.Members.Where(m => m.TeamsUserId == "29:han").ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, MemberRole.Manager)));
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_manager_who_shares_a_signed_recap_is_on_the_board_with_that_amount_and_one_who_shares_nothing_is_not()
    {
        var summary = await _team.ShareSignedAsync("29:manager", "Acme Trading", "18000");
        Assert.Contains("18,000 CNY", summary);
        await _team.ShareSignedAsync("29:li", "Blue Sky Tech", "5000");

        var mine = await _team.AskAsync("29:manager", "board");

        var card = BotHost.CardOf(mine)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        var words = BotHost.Words(mine);
        Assert.Contains("🥇 Wang Fang", words);
        Assert.Contains("18,000 CNY", words);
        Assert.Contains("You: #1 🥇 of 2 on the board · 18,000 CNY", words);
        Assert.DoesNotContain("Nothing recorded", words);

        // The channel's board: the same two, the manager first; the manager who shared nothing is nowhere.
        var before = _team.Channel.Count;
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "board now"));
        var post = Assert.Single(_team.Channel.Skip(before));
        var posted = BotHost.Words(post.Activity);
        Assert.Contains("🥇 Wang Fang", posted);
        Assert.Contains("🥈 Li Lei", posted);
        Assert.DoesNotContain("Han Meimei", posted);
        Assert.Contains("Team this month: 23,000 CNY signed", posted); // both count

        // Han asks: not ranked, and told only what puts them on it.
        var hers = BotHost.Words(await _team.AskAsync("29:han", "board"));
        Assert.Contains("You're not on this board yet.", hers);
        Assert.DoesNotContain("🥇 Han Meimei", hers);
    }

    [Fact]
    public async Task A_solo_trial_s_own_signing_is_the_board()
    {
        // Installed in a personal chat: the installer is the team's only member, and its manager.
        await _bot.SendAsync(TeamsEvents.PersonalInstall("29:solo", "Solo Seller"));
        await _bot.SendAsync(TeamsEvents.Personal("29:solo", "set timezone " + _team.Zone));
        await _bot.SendAsync(TeamsEvents.Personal("29:solo", "set workdays Mon-Sun"));
        await _team.ShareSignedAsync("29:solo", "Acme Trading", "18000");

        var words = BotHost.Words(await _team.AskAsync("29:solo", "board"));

        Assert.Contains("🥇 Solo Seller", words);
        Assert.Contains("You: #1 🥇 of 1 on the board · 18,000 CNY", words);
        Assert.DoesNotContain("Nothing recorded", words);
    }
}
