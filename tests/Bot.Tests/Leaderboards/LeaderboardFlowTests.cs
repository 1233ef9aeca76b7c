using IronArmy.Core.Leaderboards;
using System.Globalization;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tests.Conversations;
using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Data.Leaderboards;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Tests.Leaderboards;

/// <summary>
/// 标杆 through the whole bot: reps share their evening recaps, boards rank them (privately with the
/// asker's own rank, in the channel on a manager's word and after the digest), and the shout-outs
/// their saves make reach the channel batched, each rep @mentioned unless they opted out. The bot's
/// clock shows Tuesday 10:00 in Shanghai whenever the tests run, so recaps are open; scheduled posts
/// go out when a test moves the clock to their time.
/// </summary>
public sealed class LeaderboardFlowTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();
    private long _teamId;
    private string _workDate = "";

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
            new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei" },
            new TeamsChannelAccount { Id = "29:zhang", Name = "Zhang Wei" },
            new TeamsChannelAccount { Id = "29:chen", Name = "Chen Jing" },
            new TeamsChannelAccount { Id = "29:zhao", Name = "Zhao Min" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam(locale: "en-US"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set timezone " + BotHost.Zone));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set workdays Mon-Sun"));
        _teamId = await _bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        _workDate = _bot.Today().ToString("yyyy-MM-dd");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A recap with one unplanned closing visit signed for <paramref name="amount"/>, and a win if given.</summary>
    private Dictionary<string, object> Signed(string customer, string amount, string? win = null, string winVisibility = "team")
    {
        var data = new Dictionary<string, object>
        {
            ["workDate"] = _workDate,
            ["unplanned.1.customer"] = customer, ["unplanned.1.type"] = "closing", ["unplanned.1.class"] = "signed",
            ["unplanned.1.kp"] = "true", ["unplanned.1.amount"] = amount,
        };
        if (win is not null) (data["win.text"], data["win.visibility"]) = (win, winVisibility);
        return data;
    }

    /// <summary>Presses the recap card's submit (Action.Execute) as <paramref name="userId"/>; the summary comes back.</summary>
    private async Task ShareAsync(string userId, Dictionary<string, object> data)
    {
        var response = await _bot.PostAsync(new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id = "inv-" + Guid.NewGuid().ToString("N"),
            channelId = "msteams",
            serviceUrl = BotHost.ServiceUrl,
            locale = "en-US",
            from = new { id = userId },
            recipient = new { id = BotHost.BotId },
            conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
            channelData = new { tenant = new { id = BotHost.TenantId } },
            value = new { action = new { type = "Action.Execute", verb = "recap.submit", data }, trigger = "manual" },
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("recap.edit", body.GetProperty("value").GetRawText()); // the summary, so it was stored
        await _bot.DrainAsync();
    }

    private async Task ShareFiveAsync()
    {
        await ShareAsync("29:li", Signed("Acme Trading", "50000"));
        await ShareAsync("29:han", Signed("Blue Sky Tech", "80000"));
        await ShareAsync("29:zhang", Signed("Golden Gate", "100000"));
        await ShareAsync("29:chen", Signed("Harbor Foods", "50,000"));
        await ShareAsync("29:zhao", Signed("Jade Garden", "10000"));
    }

    private IReadOnlyList<FakeConnector.Sent> Channel => _bot.Connector.To(TeamsEvents.TeamId);

    private static bool IsBoard(FakeConnector.Sent m, string title) => BotHost.Words(m.Activity).Contains(title, StringComparison.Ordinal);

    /// <summary>A board card's lines, top to bottom: each starts with a medal or a rank number.</summary>
    private static List<string> Lines(JsonElement card) =>
        Texts(card).Where(w => new[] { "🥇 ", "🥈 ", "🥉 ", "#" }.Any(m => w.StartsWith(m, StringComparison.Ordinal)) && !w.Contains(" of ", StringComparison.Ordinal)).ToList();

    private static IEnumerable<string> Texts(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => p.Name == "text" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Texts(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Texts),
        _ => [],
    };

    private async Task<IScheduler> SchedulerAsync() => await _bot.Service<ISchedulerFactory>().GetScheduler();

    [Fact]
    public async Task The_board_ranks_reps_with_ties_and_a_reps_board_shows_their_own_rank_outside_the_top()
    {
        await ShareFiveAsync();
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set board top 3"));
        var before = Channel.Count;

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "board now"));

        var post = Assert.Single(Channel.Skip(before));
        var card = BotHost.CardOf(post.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        // 100k, 80k, then two at 50k sharing bronze (by name); Zhao's 10k is outside the top 3 and not shown.
        Assert.Equal(["🥇 Zhang Wei", "🥈 Han Meimei", "🥉 Chen Jing", "🥉 Li Lei"], Lines(card));
        Assert.DoesNotContain("Zhao Min", BotHost.Words(post.Activity));

        await _bot.SendAsync(TeamsEvents.Personal("29:zhao", "board"));

        var mine = _bot.Connector.To("a:29:zhao")[^1];
        var myCard = BotHost.CardOf(mine.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(myCard);
        var words = BotHost.Words(mine.Activity);
        Assert.Contains("You: #5 of 5 on the board · 10,000 CNY", words);
        Assert.Contains("40,000 CNY more to reach #3", words);
        Assert.Equal(["🥇 Zhang Wei", "🥈 Han Meimei", "🥉 Chen Jing", "🥉 Li Lei"], Lines(myCard));
        Assert.Equal(before + 1, Channel.Count); // asked privately: nothing in the channel
    }

    [Fact]
    public async Task A_reps_board_now_is_refused_and_posts_nothing()
    {
        await ShareAsync("29:li", Signed("Acme Trading", "50000"));
        var before = Channel.Count;

        await _bot.SendAsync(TeamsEvents.Personal("29:li", "board now"));

        Assert.Contains("Only a manager", _bot.Connector.To("a:29:li")[^1].Activity.Text);
        Assert.Equal(before, Channel.Count);
    }

    [Fact]
    public async Task Board_asked_in_the_channel_is_answered_in_the_askers_own_chat()
    {
        await ShareAsync("29:li", Signed("Acme Trading", "50000"));
        var before = Channel.Count;

        await _bot.SendAsync(TeamsEvents.InChannel("29:li", "board"));

        var reply = _bot.Connector.Messages.Where(m => m.ConversationId.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal)).Last();
        Assert.Contains("one-to-one chat", reply.Activity.Text);
        Assert.Null(BotHost.CardOf(reply.Activity));
        var mine = _bot.Connector.To("a:29:li")[^1];
        Assert.Contains("You: #1 🥇 of 1 on the board · 50,000 CNY", BotHost.Words(mine.Activity));
        Assert.Equal(before, Channel.Count); // no board card in the channel itself
    }

    [Fact]
    public async Task A_personal_install_has_no_channel_to_post_in()
    {
        await _bot.SendAsync(TeamsEvents.PersonalInstall("29:solo", "Solo Seller"));

        await _bot.SendAsync(TeamsEvents.Personal("29:solo", "board now"));

        Assert.Contains("no channel", _bot.Connector.To("a:29:solo")[^1].Activity.Text);
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.IdempotencyKey.StartsWith("leaderboard"))));
    }

    [Fact]
    public async Task The_channel_gets_the_daily_board_once_after_the_digest()
    {
        await ShareAsync("29:li", Signed("Acme Trading", "50000"));
        await ShareAsync("29:han", Signed("Blue Sky Tech", "80000"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set board after 0"));
        var scheduler = await SchedulerAsync();
        var round = new JobKey(LeaderboardKeys.BoardRound, RitualKeys.Group(_teamId));
        Assert.True(await scheduler.Exists(round), "The boards' trigger beside the digest was not scheduled.");

        // The digest's moment comes (21:00), then again (a repeated fire, a second instance): one board.
        Assert.Equal(BotHost.Tuesday(21, 0), await _bot.AdvanceToFireAsync(new TriggerKey(round.Name, round.Group)));
        Assert.Single(Channel, m => IsBoard(m, "today's board"));
        await _bot.TriggerNowAsync(round);

        var board = Assert.Single(Channel, m => IsBoard(m, "today's board"));
        var card = BotHost.CardOf(board.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        Assert.Equal(["🥇 Han Meimei", "🥈 Li Lei"], Lines(card));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.IdempotencyKey == LeaderboardKeys.ScheduledBoard(_teamId, BoardPeriod.Day(DateOnly.Parse(_workDate, CultureInfo.InvariantCulture))))));
    }

    [Fact]
    public async Task Shout_outs_are_batched_mention_the_top_signer_and_never_name_who_opted_out()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:zhang", "shoutouts off"));
        var scheduler = await SchedulerAsync();
        var before = Channel.Count;
        var started = _bot.UtcNow;

        // Three moments within seconds: Zhang's first signing of the day, then two biggest deals of the week.
        await ShareAsync("29:zhang", Signed("Golden Gate", "50000"));
        await ShareAsync("29:li", Signed("Acme Trading", "70000", win: "I asked about next year's budget first.", winVisibility: "manager"));
        await ShareAsync("29:han", Signed("Blue Sky Tech", "120000", win: "Brought their boss a case study from his own industry."));

        Assert.Equal(before, Channel.Count); // gathered, not posted one by one
        var trigger = await scheduler.GetTrigger(LeaderboardKeys.ShoutOutTrigger(_teamId));
        Assert.NotNull(trigger);
        Assert.Equal(started.AddMinutes(10), trigger.NextFireTimeUtc!.Value.UtcDateTime); // one interval after the first moment
        Assert.Equal(3, await _bot.WithDbAsync(db => db.ShoutOuts.CountAsync(s => s.PostKey == null)));

        await _bot.AdvanceToFireAsync(LeaderboardKeys.ShoutOutTrigger(_teamId));

        var post = Assert.Single(Channel.Skip(before));
        var card = BotHost.CardOf(post.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        var mentioned = card.GetProperty("msteams").GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("mentioned").GetProperty("id").GetString(), e.GetProperty("text").GetString())).ToList();
        Assert.Equal([("29:li", "<at>Li Lei</at>"), ("29:han", "<at>Han Meimei</at>")], mentioned);
        var words = BotHost.Words(post.Activity);
        Assert.Contains("<at>Han Meimei</at> signed the biggest deal of the week so far: 120,000 CNY with Blue Sky Tech, beating 70,000 CNY.", words);
        Assert.Contains("“Brought their boss a case study from his own industry.”", words);
        Assert.DoesNotContain("next year's budget", words); // Li kept his win for the manager
        Assert.Contains("A teammate opened today's scoreboard: the first signing of the day, 50,000 CNY.", words);
        var raw = card.GetRawText();
        Assert.DoesNotContain("Zhang", raw);
        Assert.DoesNotContain("29:zhang", raw);
        Assert.DoesNotContain("Golden Gate", raw);

        // A fourth moment right after the post waits for the interval, whatever runs in between.
        var posted = _bot.UtcNow;
        await ShareAsync("29:chen", Signed("Harbor Foods", "150000"));
        await _bot.TriggerNowAsync(LeaderboardKeys.ShoutOutJob(_teamId));
        Assert.Single(Channel.Skip(before));
        var next = await scheduler.GetTrigger(LeaderboardKeys.ShoutOutTrigger(_teamId));
        Assert.NotNull(next);
        Assert.Equal(posted.AddMinutes(10), next.NextFireTimeUtc!.Value.UtcDateTime); // held for the interval
        Assert.Equal(1, await _bot.WithDbAsync(db => db.ShoutOuts.CountAsync(s => s.PostKey == null)));
    }

    [Fact]
    public async Task A_team_that_turned_shout_outs_off_gets_none()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set shoutouts off"));

        await ShareAsync("29:li", Signed("Acme Trading", "50000"));

        Assert.Equal(0, await _bot.WithDbAsync(db => db.ShoutOuts.CountAsync()));
        Assert.Null(await (await SchedulerAsync()).GetTrigger(LeaderboardKeys.ShoutOutTrigger(_teamId)));
        var groups = await (await SchedulerAsync()).GetJobKeys(GroupMatcher<JobKey>.GroupEquals(LeaderboardKeys.ShoutOutGroup(_teamId)));
        Assert.Empty(groups);
    }
}
