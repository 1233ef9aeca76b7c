using IronArmy.Bot.Tests.Conversations;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Teams;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IronArmy.Bot.Tests.EveningShare;

/// <summary>
/// The manager's evening digest through the whole bot: reps share through the cards, the 21:00
/// job (fired by moving the bot's clock to it) sends the digest to each manager's 1:1 in parts,
/// <c>digest now</c> asks for it on demand, and nobody else ever sees it. As in
/// <see cref="KickoffFlowTests"/>, the bot's clock shows Tuesday 10:00 in Shanghai whenever the tests
/// run, so recaps are still open.
/// </summary>
public sealed class DigestFlowTests : IAsyncLifetime
{
    private const string Manager = "a:29:manager";

    private readonly BotHost _bot = new();
    private long _teamId;
    private string _workDate = "";

    private static readonly string[] Reps = ["29:li", "29:han", "29:zhao"];

    public async Task InitializeAsync() => await InstallAsync(
    [
        new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
        new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
        new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei" },
        new TeamsChannelAccount { Id = "29:zhao", Name = "Zhao Min" },
    ]);

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task InstallAsync(IEnumerable<TeamsChannelAccount> roster, string managerLocale = "en-US")
    {
        _bot.Connector.Roster.AddRange(roster);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set timezone " + BotHost.Zone, managerLocale));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set workdays Mon-Sun", managerLocale));
        _teamId = await _bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        _workDate = _bot.Today().ToString("yyyy-MM-dd");
    }

    private DateOnly WorkDate => DateOnly.ParseExact(_workDate, "yyyy-MM-dd");

    private static object Execute(string userId, string verb, Dictionary<string, object> data) => new
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
        value = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" },
    };

    /// <summary>Presses a card's button; returns the card that replaces it.</summary>
    private async Task<string> PressAsync(string userId, string verb, Dictionary<string, object> data)
    {
        data["workDate"] = _workDate;
        var response = await _bot.PostAsync(Execute(userId, verb, data));
        var card = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetRawText();
        await _bot.DrainAsync();
        return card;
    }

    private Task<string> PlanAsync(string userId, string first, string firstClass, string second) => PressAsync(userId, "kickoff.submit", new()
    {
        ["target.month.amount"] = "500000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
        ["target.week.amount"] = "120000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
        ["target.day.amount"] = "20000", ["target.day.visits"] = "8", ["target.day.validnew"] = "3",
        ["visit.1.customer"] = first, ["visit.1.time"] = "09:30", ["visit.1.class"] = firstClass, ["visit.1.kp"] = "first", ["visit.1.outcome"] = "close",
        ["visit.2.customer"] = second, ["visit.2.time"] = "11:00", ["visit.2.class"] = "New", ["visit.2.kp"] = "second", ["visit.2.outcome"] = "first",
    });

    /// <summary>
    /// Li signs Acme (planned A) and writes a win and a vent for the manager; Han visits nobody,
    /// vents anonymously and asks for help; Zhao does not share.
    /// </summary>
    private async Task ShareTheEveningAsync()
    {
        await PlanAsync("29:li", "Acme Trading", "A", "Blue Sky Tech");
        await PlanAsync("29:han", "Golden Gate Ltd", "B", "Harbor Foods");
        var li = await PressAsync("29:li", "recap.submit", new()
        {
            ["planned.1.done"] = "true", ["planned.1.kp"] = "true", ["planned.1.class"] = "signed", ["planned.1.amount"] = "50000",
            ["planned.2.done"] = "true", ["planned.2.class"] = "C",
            ["win.text"] = "Opened with their own downtime numbers; closed on the pilot.", ["win.visibility"] = "manager",
            ["vent.text"] = "The receptionist laughed at me.", ["vent.visibility"] = "manager",
        });
        Assert.Contains("recap.edit", li);
        var han = await PressAsync("29:han", "recap.submit", new()
        {
            ["vent.text"] = "Three doors closed on me today.", ["vent.visibility"] = "anonymous",
            ["help.customer"] = "Golden Gate Ltd", ["help.stuck"] = "Their buyer will not take my calls.",
        });
        Assert.Contains("recap.edit", han);
    }

    /// <summary>Moves the bot's clock to the team's digest time (21:00), where its trigger fires the digest job; waits for what it queued to be sent.</summary>
    private async Task DigestTimeAsync() =>
        Assert.Equal(BotHost.Tuesday(21, 0), await _bot.AdvanceToFireAsync(RitualKeys.Trigger(_teamId, Ritual.Digest)));

    private Task<int> DigestRowsAsync() => _bot.WithDbAsync(db => db.Outbox.CountAsync(o => o.IdempotencyKey.StartsWith("digest")));

    /// <summary>A digest card in either language, known by its title (the welcomes name the digest too).</summary>
    internal static bool IsDigest(FakeConnector.Sent sent) =>
        BotHost.CardOf(sent.Activity) is { } card
        && card.GetProperty("body")[0].TryGetProperty("text", out var text)
        && text.GetString() is { } title
        && (title.StartsWith("Evening digest · ", StringComparison.Ordinal) || title.StartsWith("晚分享汇总 · ", StringComparison.Ordinal));

    private IReadOnlyList<FakeConnector.Sent> DigestsTo(string conversationId) => _bot.Connector.To(conversationId).Where(IsDigest).ToList();

    /// <summary>The card's containers (an invite, a help line, a vent), each as its raw JSON.</summary>
    private static IEnumerable<JsonElement> Containers(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("type", out var type) && type.GetString() == "Container") yield return e;
            foreach (var p in e.EnumerateObject())
                foreach (var c in Containers(p.Value)) yield return c;
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
                foreach (var c in Containers(x)) yield return c;
        }
    }

    [Fact]
    public async Task At_digest_time_each_manager_gets_the_evening_in_their_1_1_and_nobody_else_gets_it()
    {
        await ShareTheEveningAsync();

        await DigestTimeAsync();

        var digest = Assert.Single(DigestsTo(Manager));
        var card = BotHost.CardOf(digest.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        var json = card.GetRawText();
        var words = BotHost.Words(digest.Activity);

        // The team against the standard, and one line per rep who shared.
        Assert.Contains("Evening digest · East Region Sales", words);
        Assert.Contains("2 of 3", words); // shared
        Assert.Contains("4 → 2", words); // planned → done
        Assert.Contains("Li Lei", words);
        Assert.Contains("visits 2/8 (plan 2) · valid new 0 · moves 1 · signed 50,000 CNY ", words);
        Assert.Contains("visits 0/8 (plan 2) · valid new 0 · moves 0 · signed 0 CNY ", words);
        // Who did not share.
        Assert.Contains("Did not share (1)", words);
        Assert.Contains("Zhao Min", words);
        // Invite to share: Li signed, with the win in her words.
        Assert.Contains("signed 1 · 50,000 CNY", words);
        Assert.Contains("“Opened with their own downtime numbers; closed on the pilot.”", words);
        // Needs help: Han asked, and was far below the standard.
        Assert.Contains("Asked about Golden Gate Ltd: Their buyer will not take my calls.", words);
        Assert.Contains(words.Split('\n'), w => w.StartsWith("Far below the standard today", StringComparison.Ordinal));
        // Vents: the manager-only one with its author, the anonymous one with no name and no id.
        var containers = Containers(card).Select(c => c.GetRawText()).ToList();
        var named = Assert.Single(containers, c => c.Contains("The receptionist laughed at me.", StringComparison.Ordinal));
        Assert.Contains("Li Lei", named);
        var anonymous = Assert.Single(containers, c => c.Contains("Three doors closed on me today.", StringComparison.Ordinal));
        Assert.Contains("Anonymous", anonymous);
        Assert.DoesNotContain("Han", anonymous);
        // No member id of any kind anywhere in the digest.
        Assert.DoesNotContain("29:", json);
        Assert.DoesNotContain("aad-", json);

        // Never to a rep, never to the channel.
        Assert.All(Reps, rep => Assert.Empty(DigestsTo("a:" + rep)));
        Assert.DoesNotContain(_bot.Connector.Messages, m => m.ConversationId.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal) && IsDigest(m));
        Assert.DoesNotContain(_bot.Connector.Messages, m => m.ConversationId != Manager && BotHost.Words(m.Activity).Contains("Three doors closed on me today.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_the_digest_job_again_sends_nothing_new()
    {
        await ShareTheEveningAsync();
        await DigestTimeAsync();
        var sent = _bot.Connector.Messages.Count;
        var rows = await DigestRowsAsync();

        await _bot.TriggerNowAsync(RitualKeys.Job(_teamId, Ritual.Digest)); // a repeated fire, a second instance
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<RitualFanOut>().RunAsync(Ritual.Digest, _teamId, _bot.UtcNow, default);
            Assert.Equal(0, again);
        }

        await _bot.DrainAsync();
        Assert.Equal(sent, _bot.Connector.Messages.Count);
        Assert.Equal(rows, await DigestRowsAsync());
        Assert.Single(DigestsTo(Manager));
    }

    [Fact]
    public async Task A_manager_asking_in_the_channel_gets_the_digest_privately_and_the_channel_only_hears_so()
    {
        await ShareTheEveningAsync();

        await _bot.SendAsync(TeamsEvents.InChannel("29:manager", "digest now"));

        var channel = _bot.Connector.Messages.Where(m => m.ConversationId.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal)).ToList();
        // The answer is in the thread the command started (the morning board posts to the channel itself).
        var reply = Assert.Single(channel, m => m.ConversationId.Contains(";messageid=", StringComparison.Ordinal)).Activity;
        Assert.Null(BotHost.CardOf(reply));
        Assert.Contains("1:1 chat", reply.Text);
        Assert.DoesNotContain(channel, IsDigest);
        Assert.DoesNotContain(channel, m => BotHost.Words(m.Activity).Contains("receptionist", StringComparison.Ordinal));

        var digest = Assert.Single(DigestsTo(Manager));
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(digest.Activity)!.Value);
        Assert.Contains("The receptionist laughed at me.", BotHost.Words(digest.Activity));
    }

    [Fact]
    public async Task A_manager_asking_in_chinese_in_the_1_1_gets_the_chinese_digest_there()
    {
        await ShareTheEveningAsync();
        var before = _bot.Connector.To(Manager).Count;

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "晚分享汇总", "zh-CN"));

        var sent = _bot.Connector.To(Manager).Skip(before).ToList();
        var digest = Assert.Single(sent); // the digest is the answer: no extra text
        var words = BotHost.Words(digest.Activity);
        Assert.Contains("晚分享汇总 · ", words);
        Assert.Contains("匿名", words);
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(digest.Activity)!.Value);
    }

    [Fact]
    public async Task A_rep_asking_for_the_digest_is_told_it_is_for_managers_and_gets_nothing_of_it()
    {
        await ShareTheEveningAsync();
        var before = _bot.Connector.Messages.Count;

        await _bot.SendAsync(TeamsEvents.Personal("29:li", "digest now"));
        await _bot.SendAsync(TeamsEvents.InChannel("29:han", "晚分享汇总", locale: "zh-CN"));

        // Everything sent since, but the morning board refreshing itself in the channel after the plans.
        var sent = _bot.Connector.Messages.Skip(before).Where(m => m.ConversationId != TeamsEvents.TeamId).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal("a:29:li", sent[0].ConversationId);
        Assert.Contains("Only a manager", sent[0].Activity.Text);
        Assert.StartsWith(TeamsEvents.TeamId, sent[1].ConversationId, StringComparison.Ordinal);
        Assert.Contains("只有主管", sent[1].Activity.Text);
        Assert.All(sent, m =>
        {
            Assert.Null(BotHost.CardOf(m.Activity));
            Assert.DoesNotContain("Three doors", m.Activity.Text);
            Assert.DoesNotContain("receptionist", m.Activity.Text);
        });
        Assert.DoesNotContain(_bot.Connector.Messages, m => BotHost.Words(m.Activity).Contains("Three doors", StringComparison.Ordinal));
        Assert.Equal(0, await DigestRowsAsync());
    }

    [Fact]
    public async Task An_unplanned_follow_up_counts_with_the_class_the_team_last_recorded()
    {
        // Yesterday Han moved Delta Corp to B; today Li drops in on Delta unplanned and moves it to A.
        var han = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:han"));
        var yesterday = new Recap([], [new UnplannedVisit("Delta Corp", VisitType.New, ClassAfter.B, true, 0)], [], null, null, null, []);
        await _bot.WithDbAsync(db => db.SaveRecapWithFactsAsync(_teamId, han.Id, WorkDate.AddDays(-1), yesterday, null, han.Id, _bot.UtcNow, default));

        await PressAsync("29:li", "recap.submit", new()
        {
            ["unplanned.1.customer"] = "delta corp", ["unplanned.1.type"] = "followup", ["unplanned.1.class"] = "A", ["unplanned.1.kp"] = "true",
            ["win.text"] = "Came back with the reference they asked for.",
        });

        var fact = await _bot.WithDbAsync(db => db.VisitFacts.SingleAsync(f => f.WorkDate == WorkDate));
        Assert.Equal(CustomerClass.B, fact.Before);
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "digest now"));
        var words = BotHost.Words(Assert.Single(DigestsTo(Manager)).Activity);
        Assert.Contains("delta corp: B→A", words);
        Assert.Contains("“Came back with the reference they asked for.”", words);
    }
}

/// <summary>A team of 30 reps, every text at its longest: the digest comes in several cards.</summary>
public sealed class BigTeamDigestFlowTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Thirty_reps_with_long_texts_get_several_valid_cards_each_within_the_limit_and_sent_once()
    {
        _bot.Connector.Roster.Add(new TeamsChannelAccount { Id = "29:manager", Name = "王芳" });
        _bot.Connector.Roster.AddRange(Enumerable.Range(1, 30).Select(i => new TeamsChannelAccount { Id = $"29:rep{i:00}", Name = $"销售{i:00}" }));
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "设置工作日 周一至周日", "zh-CN"));
        var team = await _bot.WithDbAsync(db => db.Teams.SingleAsync());
        var workDate = team.Schedule.Zone.DateOf(_bot.UtcNow);
        var reps = await _bot.WithDbAsync(db => db.Members.Where(m => m.Role == MemberRole.Rep).OrderBy(m => m.TeamsUserId).ToListAsync());
        Assert.Equal(30, reps.Count);
        for (var i = 0; i < reps.Count; i++)
        {
            if (i % 10 == 9) continue; // three do not share
            var text = Long($"{reps[i].Name} ", RecapEntry.MaxTextLength);
            var recap = new Recap(
                [],
                [.. Enumerable.Range(1, 8).Select(v => new UnplannedVisit($"客户{i:00}-{v}", VisitType.New, v == 1 ? ClassAfter.Signed : ClassAfter.C, true, v == 1 ? 1_234_500 : 0))],
                [new NewCustomerCandidate($"客户{i:00}-2", true, true, true)],
                new Vent(text, (VentVisibility)(i % 3)),
                new Win(text, WinVisibility.ManagerOnly),
                new HelpRequest($"客户{i:00}-3", text),
                []);
            var member = reps[i];
            await _bot.WithDbAsync(db => db.SaveRecapWithFactsAsync(team.Id, member.Id, workDate, recap, null, member.Id, _bot.UtcNow, default));
        }

        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var fanOut = scope.ServiceProvider.GetRequiredService<RitualFanOut>();
            var queued = await fanOut.RunAsync(Ritual.Digest, team.Id, _bot.UtcNow, default);
            Assert.True(queued > 1, $"{queued} card(s)");
            Assert.Equal(0, await fanOut.RunAsync(Ritual.Digest, team.Id, _bot.UtcNow, default));
        }

        await _bot.DrainAsync();
        var manager = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:manager"));
        var keys = await _bot.WithDbAsync(db => db.Outbox.Where(o => o.MemberId == manager.Id && o.IdempotencyKey.StartsWith("digest:")).OrderBy(o => o.Id).Select(o => o.IdempotencyKey).ToListAsync());
        var first = $"digest:{manager.Id}:{workDate:yyyy-MM-dd}";
        Assert.Equal([first, .. Enumerable.Range(2, keys.Count - 1).Select(n => $"{first}:{n}")], keys);

        var digests = _bot.Connector.To("a:29:manager").Where(DigestFlowTests.IsDigest).ToList();
        Assert.Equal(keys.Count, digests.Count);
        var all = new StringBuilder();
        for (var i = 0; i < digests.Count; i++)
        {
            var card = BotHost.CardOf(digests[i].Activity)!.Value;
            AdaptiveCardSchema.AssertValid(card);
            // The whole activity as the connector client sends it (Chinese as UTF-8, not the escapes of the test's copy).
            var wire = JsonSerializer.SerializeToUtf8Bytes(digests[i].Activity, Wire).Length;
            Assert.True(wire < 28 * 1024, $"card {i + 1} is {wire} bytes on the wire");
            var words = BotHost.Words(digests[i].Activity);
            Assert.Contains($"第 {i + 1} / {digests.Count} 部分", words);
            all.Append(words);
        }

        // Every rep is on some card, and no card carries a member id.
        Assert.All(reps, r => Assert.Contains(r.Name, all.ToString()));
        Assert.DoesNotContain("29:", all.ToString());
        Assert.DoesNotContain(_bot.Connector.Messages, m => m.ConversationId.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal) && DigestFlowTests.IsDigest(m));
    }

    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Long(string start, int length) =>
        (start + string.Concat(Enumerable.Repeat("每天拜访八个客户，坚持下去 and keep going. ", length))).Substring(0, length);
}
