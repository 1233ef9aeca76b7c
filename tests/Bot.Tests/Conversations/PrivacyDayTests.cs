using System.Globalization;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Kickoff;
using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>
/// Issue 4's privacy rule over a whole day of a simulated team: a vent is shown only where its
/// author chose, never to other reps or the channel, and an anonymous vent never travels with a
/// name or id — checked over every message the bot sent (proactive, replies and the cards returned
/// to button presses) and every line it logged. The day runs on the bot's clock from Tuesday 10:00 in
/// Shanghai: the kickoff is open, and each follow-up, the 21:00 digest and the posts fire at their times
/// as the test moves the clock through the day.
/// </summary>
public sealed class PrivacyDayTests : IAsyncLifetime
{
    private const string Manager = "29:manager";
    private const string Li = "29:li";     // vents to the manager only
    private const string Han = "29:han";   // vents to the team anonymously
    private const string Sun = "29:sun";   // vents to the team with his name
    private const string Zhou = "29:zhou"; // shares nothing

    private const string ManagerOnlyVent = "客户王总第三次放鸽子，我真的很失望 (manager-only vent)";
    private const string AnonymousVent = "价格被竞争对手压得太低了 (anonymous vent)";
    private const string NamedVent = "今天跑了六家都没见到关键人 (named vent)";
    private static readonly string[] Vents = [ManagerOnlyVent, AnonymousVent, NamedVent];

    private readonly BotHost _bot = new() { CaptureLogs = true };

    /// <summary>What each person got back in place of a card they pressed (invoke responses).</summary>
    private readonly ConcurrentQueue<(string UserId, string Json)> _answers = new();

    private string _workDate = "";

    /// <summary>Every job that has run, heard through the scheduler.</summary>
    private readonly ConcurrentBag<JobKey> _ran = [];

    private sealed class Ran(ConcurrentBag<JobKey> ran) : IJobListener
    {
        public string Name => "privacy-day-ran";

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            ran.Add(context.JobDetail.Key);
            return ValueTask.CompletedTask;
        }
    }

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = Manager, Name = "Wang Fang" },
            new TeamsChannelAccount { Id = Li, Name = "Li Lei" },
            new TeamsChannelAccount { Id = Han, Name = "Han Meimei" },
            new TeamsChannelAccount { Id = Sun, Name = "Sun Li" },
            new TeamsChannelAccount { Id = Zhou, Name = "Zhou Ming" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set timezone " + BotHost.Zone));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set workdays Mon-Sun"));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set share wins on"));
        _workDate = _bot.Today().ToString("yyyy-MM-dd");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> PressAsync(string userId, string verb, Dictionary<string, object> data, string locale = "zh-CN")
    {
        var response = await _bot.PostAsync(new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id = "inv-" + Guid.NewGuid().ToString("N"),
            channelId = "msteams",
            serviceUrl = BotHost.ServiceUrl,
            locale,
            from = new { id = userId },
            recipient = new { id = BotHost.BotId },
            conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
            channelData = new { tenant = new { id = BotHost.TenantId } },
            value = new { action = new { type = "Action.Execute", verb, data } },
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        AdaptiveCardSchema.AssertValid(card);
        var json = card.GetRawText();
        _answers.Enqueue((userId, json));
        await _bot.DrainAsync();
        return json;
    }

    private Task<string> KickoffAsync(string userId, string customer) => PressAsync(userId, "kickoff.submit", new()
    {
        ["workDate"] = _workDate,
        ["target.month.amount"] = "500000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
        ["target.week.amount"] = "120000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
        ["target.day.amount"] = "20000", ["target.day.visits"] = "8", ["target.day.validnew"] = "3",
        ["visit.1.customer"] = customer, ["visit.1.time"] = "09:30", ["visit.1.class"] = "A", ["visit.1.kp"] = "first", ["visit.1.outcome"] = "close",
    });

    private Task<string> RecapAsync(string userId, long signedYuan, string vent, string ventVisibility, string win, string winVisibility, string? help = null)
    {
        var data = new Dictionary<string, object>
        {
            ["workDate"] = _workDate,
            ["planned.1.done"] = "true", ["planned.1.kp"] = "true", ["planned.1.class"] = signedYuan > 0 ? "signed" : "A",
            ["planned.1.amount"] = signedYuan > 0 ? signedYuan.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            ["vent.text"] = vent, ["vent.visibility"] = ventVisibility,
            ["win.text"] = win, ["win.visibility"] = winVisibility,
        };
        if (help is not null) data["help.stuck"] = help;
        return PressAsync(userId, "recap.submit", data);
    }

    /// <summary>Moves the clock to the follow-up's own time, which fires it (and whatever else falls due on the way).</summary>
    private async Task FollowUpTimeAsync(JobKey key)
    {
        var scheduler = await _bot.Service<ISchedulerFactory>().GetScheduler();
        if ((await scheduler.GetTrigger(new TriggerKey(key.Name, key.Group)))?.NextFireTimeUtc is null)
            Assert.Contains(key, _ran); // fired already, on the way to an earlier step
        else
            await _bot.AdvanceToFireAsync(key);
    }

    [Fact]
    public async Task Over_a_whole_day_a_vent_reaches_only_whom_its_author_chose_and_an_anonymous_one_never_says_who()
    {
        var teamId = await _bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        (await _bot.Service<ISchedulerFactory>().GetScheduler()).ListenerManager.AddJobListener(new Ran(_ran), [Matchers.AllJobs()]);
        var members = await _bot.WithDbAsync(db => db.Members.ToDictionaryAsync(m => m.TeamsUserId, m => m.Id));

        // Morning: the kickoff round, plans, its follow-ups and the board.
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "kickoff now"));
        Assert.Contains("kickoff.edit", await KickoffAsync(Li, "杭州钢铁"));
        Assert.Contains("kickoff.edit", await KickoffAsync(Han, "宁波港物流"));
        Assert.Contains("kickoff.edit", await KickoffAsync(Sun, "绍兴纺织"));
        foreach (var step in new[] { "nudge", "managers", "board" })
            await FollowUpTimeAsync(KickoffKeys.FollowUp(teamId, step, DateOnly.Parse(_workDate, CultureInfo.InvariantCulture)));

        // Evening: the share round, three recaps with the three vent choices, its follow-ups.
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "share now"));
        Assert.Contains("recap.edit", await RecapAsync(Li, 30000, ManagerOnlyVent, "manager", "先讲案例再谈价格 (Li's win, to the team)", "team", help: "王总不肯见面"));
        Assert.Contains("recap.edit", await RecapAsync(Han, 0, AnonymousVent, "anonymous", "一句话打动了老板 (Han's win, anonymous)", "anonymous"));
        Assert.Contains("recap.edit", await RecapAsync(Sun, 12000, NamedVent, "named", "赠品策略有效 (Sun's win, manager only)", "manager"));
        var channelBefore = _bot.Connector.To(TeamsEvents.TeamId).Count;
        // On to 21:00: the nudge, the managers' list, the 18:30 share (nobody twice), the shout-outs the
        // signings made, then the wins, the digest and the boards.
        foreach (var step in new[] { "nudge", "managers", "wins" })
            await FollowUpTimeAsync(EveningShareKeys.FollowUp(teamId, step, DateOnly.Parse(_workDate, CultureInfo.InvariantCulture)));
        Assert.Equal(BotHost.Tuesday(21, 0), _bot.Clock.GetUtcNow());

        // The digest: a rep asking gets nothing of it; the manager gets it on demand.
        await _bot.SendAsync(TeamsEvents.Personal(Li, "digest now"));
        var refusal = _bot.Connector.To("a:" + Li)[^1].Activity;
        Assert.Contains("manager", BotHost.Words(refusal), StringComparison.OrdinalIgnoreCase);
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "digest now"));
        await _bot.SendAsync(TeamsEvents.InChannel(Manager, "digest now"));

        // The benchmarks: the shout-outs the signings made (posted at their time), the board in the channel and in a 1:1.
        Assert.True(await _bot.WithDbAsync(db => db.ShoutOuts.AnyAsync()), "the signings made no shout-out");
        Assert.True(await _bot.WithDbAsync(db => db.ShoutOuts.AllAsync(s => s.PostKey != null && s.PostKey != IronArmy.Data.Leaderboards.ShoutOutEntry.Dropped)), "a shout-out was not posted");
        Assert.True(_bot.Connector.To(TeamsEvents.TeamId).Count > channelBefore, "nothing reached the channel after the share");
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "board now"));
        await _bot.SendAsync(TeamsEvents.Personal(Han, "board"));
        await _bot.DrainAsync();

        // Everything the bot said today, to whom.
        var said = _bot.Connector.Messages.Select(m => (To: m.ConversationId, Json: JsonSerializer.Serialize(m.Activity), Words: BotHost.Words(m.Activity)))
            .Concat(_answers.Select(a => (To: "a:" + a.UserId, a.Json, Words: a.Json)))
            .ToList();
        var digest = said.Where(m => m.To == "a:" + Manager && m.Words.Contains(ManagerOnlyVent)).ToList();
        Assert.NotEmpty(digest); // the manager does see the vents addressed to him
        var anonymousInDigest = said.Where(m => m.To == "a:" + Manager && m.Words.Contains(AnonymousVent)).ToList();
        Assert.NotEmpty(anonymousInDigest);
        Assert.All(anonymousInDigest, m => Assert.NotEmpty(BlocksShowing(JsonDocument.Parse(m.Json).RootElement, AnonymousVent)));

        foreach (var (to, json, words) in said)
        {
            // The manager-only vent: its author and the manager, nobody else.
            if (words.Contains(ManagerOnlyVent)) Assert.Contains(to, new[] { "a:" + Li, "a:" + Manager });

            // No vent in the channel or in another rep's chat, whatever the author chose.
            foreach (var vent in Vents)
            {
                if (!words.Contains(vent)) continue;
                Assert.False(to.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal), $"A vent reached the channel: {words}");
                Assert.DoesNotContain(to, new[] { "a:" + Zhou });
            }

            Assert.False(words.Contains(NamedVent) && to == "a:" + Li, "Sun's vent reached Li");
            Assert.False(words.Contains(ManagerOnlyVent) && to == "a:" + Han, "Li's vent reached Han");

            // The anonymous vent travels without its author: no name, Teams id or member id in the same message.
            // The manager's digest names every rep in its per-rep lines, so there the rule is that the
            // block showing the vent names nobody; anywhere else the message names nobody at all.
            if (json.Contains(Escaped(AnonymousVent)) || words.Contains(AnonymousVent))
            {
                Assert.DoesNotContain(Han, json);
                Assert.False(CarriesMemberId(json, members[Han]), $"A message with the anonymous vent carries Han's member id: {json}");
                foreach (var block in BlocksShowing(JsonDocument.Parse(json).RootElement, AnonymousVent))
                    Assert.DoesNotContain("Han Meimei", block);
                if (to != "a:" + Manager) Assert.DoesNotContain("Han Meimei", words);
            }
        }

        // Nothing a rep vented is ever logged, at any level.
        var logs = _bot.Logs.Lines.ToList();
        Assert.NotEmpty(logs);
        foreach (var vent in Vents)
            Assert.DoesNotContain(logs, l => l.Contains(vent, StringComparison.Ordinal));
    }

    /// <summary>Each card element whose items show <paramref name="text"/> (a vent line: its heading and its text), as JSON.</summary>
    private static IEnumerable<string> BlocksShowing(JsonElement e, string text)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
                && items.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("text", out var t) && t.GetString()?.Contains(text) == true))
                yield return e.GetRawText();
            foreach (var p in e.EnumerateObject())
                foreach (var b in BlocksShowing(p.Value, text)) yield return b;
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var i in e.EnumerateArray())
                foreach (var b in BlocksShowing(i, text)) yield return b;
        }
    }

    private static string Escaped(string text) => JsonSerializer.Serialize(text)[1..^1];

    /// <summary>A member id in a JSON property that names members (memberId, member, …); plain numbers elsewhere are counts.</summary>
    private static bool CarriesMemberId(string json, long memberId) =>
        Regex.IsMatch(json, $"\"[^\"]*member[^\"]*\"\\s*:\\s*\"?{memberId}\"?[,}}]", RegexOptions.IgnoreCase)
        || json.Contains($"member:{memberId}", StringComparison.OrdinalIgnoreCase);
}
