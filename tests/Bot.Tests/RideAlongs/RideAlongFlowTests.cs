using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.RideAlongs;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Conversations;
using IronArmy.Core.RideAlongs;
using IronArmy.Data.RideAlongs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IronArmy.Bot.Tests.RideAlongs;

/// <summary>
/// 陪访 through the whole bot: a manager logs a ride-along, the rep gets the note without the private
/// remarks and acknowledges it, the manager is told, the follow-up arrives to both on its date; the
/// coaching history, the weekly rhythm in status, refusals and bad input. The clock starts Tuesday
/// 2026-06-09 10:00 in Shanghai (<see cref="BotHost.TuesdayMorning"/>).
/// </summary>
public sealed class RideAlongFlowTests : IAsyncLifetime
{
    private const string Manager = "29:manager";
    private const string Li = "29:li";
    private const string Han = "29:han";
    private const string Private = "PRIVATE: going through a divorce, go easy";

    private readonly BotHost _bot = new();
    private Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = Manager, Name = "Wang Fang" },
            new TeamsChannelAccount { Id = Li, Name = "Li Lei" },
            new TeamsChannelAccount { Id = Han, Name = "Han Meimei" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set timezone " + BotHost.Zone));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set workdays Mon-Fri"));
        _ids = await _bot.WithDbAsync(db => db.Members.ToDictionaryAsync(m => m.TeamsUserId, m => m.Id));
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private Dictionary<string, object> Ride(string rep, string stage = "1", string followUpOn = "2026-06-11", string skill = "Objection handling") => new()
    {
        ["workDate"] = "2026-06-09",
        [RideAlongInputs.Rep] = _ids[rep].ToString(System.Globalization.CultureInfo.InvariantCulture),
        [RideAlongInputs.Customer] = "Acme Trading",
        [RideAlongInputs.Stage] = stage,
        [RideAlongInputs.Skill] = skill,
        [RideAlongInputs.WentWell] = "Opened with the customer's own numbers",
        [RideAlongInputs.OneChange] = "Stop talking after the price",
        [RideAlongInputs.FollowUp] = "Role-play the price objection together",
        [RideAlongInputs.FollowUpOn] = followUpOn,
        [RideAlongInputs.PrivateRemarks] = Private,
    };

    /// <summary>Presses a card button as Action.Execute; returns the card Teams shows in its place.</summary>
    private async Task<JsonElement> PressAsync(string userId, string verb, Dictionary<string, object> data, string locale = "en-US")
    {
        data.TryAdd("lang", locale); // as the card's own button carries it
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
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.GetRawText()) < 28 * 1024);
        await _bot.DrainAsync();
        return card;
    }

    private static string Words(JsonElement card) => RideAlongCardTests.Strings(card);

    private IReadOnlyList<string> Said(string userId) => [.. _bot.Connector.To("a:" + userId).Select(m => BotHost.Words(m.Activity))];

    private string LastSaid(string userId) => Said(userId)[^1];

    private Task<int> StoredAsync() => _bot.WithDbAsync(db => db.Set<RideAlongEntry>().CountAsync());

    private static object PersonalWithMention(string userId, string text, (string Id, string Name) mention, string locale = "en-US") => new
    {
        type = "message",
        id = "m-" + Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        locale,
        text = $"{text} <at>{mention.Name}</at>",
        from = new { id = userId, aadObjectId = "aad-" + userId },
        recipient = new { id = BotHost.BotId, name = "IronArmy" },
        conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
        entities = new[] { new { type = "mention", text = $"<at>{mention.Name}</at>", mentioned = new { id = mention.Id, name = mention.Name } } },
        channelData = new { tenant = new { id = BotHost.TenantId } },
    };

    [Fact]
    public async Task A_ride_along_reaches_the_rep_without_private_remarks_is_acknowledged_and_followed_up_on_its_date()
    {
        // Li planned Acme Trading at 09:30: "ride @Li Lei" picks Li and the customer of the plan.
        await PressAsync(Li, "kickoff.submit", new()
        {
            ["workDate"] = "2026-06-09",
            ["target.month.amount"] = "500000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
            ["target.week.amount"] = "120000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
            ["target.day.amount"] = "20000", ["target.day.visits"] = "8", ["target.day.validnew"] = "3",
            ["visit.1.customer"] = "Acme Trading", ["visit.1.time"] = "09:30", ["visit.1.class"] = "A", ["visit.1.kp"] = "first", ["visit.1.outcome"] = "close",
            ["visit.2.customer"] = "Blue Sky Tech", ["visit.2.time"] = "14:00", ["visit.2.class"] = "B", ["visit.2.kp"] = "first", ["visit.2.outcome"] = "advance",
        });
        await _bot.SendAsync(PersonalWithMention(Manager, "ride", (Li, "Li Lei")));
        var form = BotHost.CardOf(_bot.Connector.To("a:" + Manager)[^1].Activity)!.Value;
        AdaptiveCardSchema.AssertValid(form);
        var inputs = form.GetProperty("body").EnumerateArray().Where(e => e.TryGetProperty("id", out _)).ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(_ids[Li].ToString(System.Globalization.CultureInfo.InvariantCulture), inputs[RideAlongInputs.Rep].GetProperty("value").GetString());
        Assert.Equal("Acme Trading", inputs[RideAlongInputs.Customer].GetProperty("value").GetString());
        Assert.Contains("Blue Sky Tech", Words(form));

        var saved = await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li));
        Assert.Contains("Ride-along with Li Lei saved", Words(saved));
        Assert.Contains(Private, Words(saved)); // the manager's own copy keeps them
        Assert.Contains("Your ride-alongs this week: 1 of 3", Words(saved));
        Assert.Equal(1, await StoredAsync());

        // The rep's note: the coaching, never the remarks.
        var note = Assert.Single(_bot.Connector.To("a:" + Li), m => BotHost.Words(m.Activity).Contains("Coaching note from Wang Fang")).Activity;
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(note)!.Value);
        Assert.Contains("Stop talking after the price", BotHost.Words(note));
        Assert.DoesNotContain("divorce", JsonSerializer.Serialize(note));
        var rideId = await _bot.WithDbAsync(db => db.Set<RideAlongEntry>().Select(r => r.Id).SingleAsync());

        // Han cannot acknowledge Li's note; Li can, once; the manager hears of it once.
        var notYours = await PressAsync(Han, CoachingNoteCard.AcknowledgeVerb, new() { [CoachingNoteCard.RideAlongIdKey] = rideId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("not yours", Words(notYours));
        var acknowledged = await PressAsync(Li, CoachingNoteCard.AcknowledgeVerb, new() { [CoachingNoteCard.RideAlongIdKey] = rideId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("✓ Acknowledged", Words(acknowledged));
        Assert.False(acknowledged.TryGetProperty("actions", out _));
        Assert.Contains("Li Lei acknowledged your coaching note", LastSaid(Manager));
        await PressAsync(Li, CoachingNoteCard.AcknowledgeVerb, new() { [CoachingNoteCard.RideAlongIdKey] = rideId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Single(Said(Manager), w => w.Contains("acknowledged your coaching note"));

        // Wednesday's kickoff brings no follow-up; Thursday's (the date set) brings it to both, once.
        await _bot.AdvanceToAsync(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.FromHours(8)));
        Assert.DoesNotContain(Said(Li), w => w.Contains("Follow-up today"));
        await _bot.AdvanceToAsync(new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.FromHours(8)));
        await _bot.DrainAsync();
        Assert.Single(Said(Li), w => w.Contains("Follow-up today: your ride-along with Wang Fang") && w.Contains("Role-play the price objection together"));
        Assert.Single(Said(Manager), w => w.Contains("Follow-up today: your ride-along with Li Lei"));
        Assert.DoesNotContain(Said(Li), w => w.Contains("divorce"));

        // A repeated run queues nothing again.
        var team = await _bot.WithDbAsync(db => db.Teams.SingleAsync());
        using var scope = _bot.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RideAlongFollowUpJob>().QueueAsync(team, new DateOnly(2026, 6, 11), default));
    }

    [Fact]
    public async Task A_follow_up_dated_on_a_day_off_comes_on_the_next_work_day()
    {
        // Saturday 13 June is off (Mon–Fri): it comes with Monday's kickoff.
        await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li, followUpOn: "2026-06-13"));
        await _bot.AdvanceToAsync(new DateTimeOffset(2026, 6, 13, 12, 0, 0, TimeSpan.FromHours(8)));
        Assert.DoesNotContain(Said(Li), w => w.Contains("今天跟进"));
        await _bot.AdvanceToAsync(new DateTimeOffset(2026, 6, 15, 8, 0, 0, TimeSpan.FromHours(8)));
        await _bot.DrainAsync();
        // Each in their own language: Li has not spoken yet, so the team's (Chinese); the manager English.
        Assert.Single(Said(Li), w => w.Contains("今天跟进"));
        Assert.Single(Said(Manager), w => w.Contains("Follow-up today"));
    }

    [Fact]
    public async Task Coaching_shows_each_skills_stages_over_time()
    {
        await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li, stage: "1"));
        await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li, stage: "2", skill: "objection handling"));
        await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li, stage: "3"));
        await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li, stage: "4", skill: "Opening"));

        await _bot.SendAsync(PersonalWithMention(Manager, "coaching", (Li, "Li Lei")));
        var history = LastSaid(Manager);
        Assert.Contains("Coaching: Li Lei", history);
        Assert.Contains("Objection handling**: 1 → 2 → 3", history);
        Assert.Contains("Opening**: 4", history);

        await _bot.SendAsync(TeamsEvents.Personal(Manager, "coaching"));
        Assert.Contains("Han Meimei", LastSaid(Manager));
        Assert.Contains("none yet", LastSaid(Manager));

        await _bot.SendAsync(TeamsEvents.Personal(Manager, "辅导 Li Lei", "zh-CN"));
        Assert.Contains("辅导记录：Li Lei", LastSaid(Manager));
    }

    [Fact]
    public async Task The_weekly_rhythm_is_a_team_setting_shown_in_status()
    {
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "status"));
        Assert.Contains("0 of 3 this week", LastSaid(Manager));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set rides per week 2"));
        Assert.Contains("2 ride-alongs a week", LastSaid(Manager));
        await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Han));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "status"));
        Assert.Contains("1 of 2 this week", LastSaid(Manager));

        await _bot.SendAsync(TeamsEvents.Personal(Manager, "设置陪访 每周 4", "zh-CN"));
        Assert.Contains("每周陪访 4 次", LastSaid(Manager));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "状态", "zh-CN"));
        Assert.Contains("本周 1 / 4", LastSaid(Manager));

        // Next week starts from nothing.
        await _bot.AdvanceToAsync(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "status"));
        Assert.Contains("0 of 4 this week", LastSaid(Manager));
    }

    [Fact]
    public async Task A_rep_is_refused_ride_and_coaching_and_cannot_submit_the_form()
    {
        await _bot.SendAsync(TeamsEvents.Personal(Li, "ride"));
        Assert.Contains("manager", LastSaid(Li), StringComparison.OrdinalIgnoreCase);
        await _bot.SendAsync(TeamsEvents.Personal(Li, "陪访", "zh-CN"));
        Assert.Contains("经理", LastSaid(Li));
        await _bot.SendAsync(TeamsEvents.Personal(Li, "coaching Han Meimei"));
        Assert.DoesNotContain("Coaching: Han Meimei", LastSaid(Li));
        var refused = await PressAsync(Li, RideAlongCard.SubmitVerb, Ride(Han));
        Assert.Contains("Only managers log ride-alongs", Words(refused));
        Assert.Equal(0, await StoredAsync());
        Assert.DoesNotContain(Said(Han), w => w.Contains("Coaching note") || w.Contains("辅导记录"));
    }

    [Fact]
    public async Task Chinese_commands_get_the_chinese_form()
    {
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "陪访 Li Lei", "zh-CN"));
        var form = LastSaid(Manager);
        Assert.Contains("记录陪访", form);
        Assert.Contains("我说你听", form);
        Assert.Contains("只有你能看到", form);
        var saved = await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li), "zh-CN");
        Assert.Contains("已保存与 Li Lei 的陪访", Words(saved));
        Assert.Equal(1, await StoredAsync());
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task Bad_input_stores_nothing_and_comes_back_with_the_words_and_the_problems(string locale)
    {
        var bad = Ride(Li, stage: "5", followUpOn: "2026-06-01");
        bad[RideAlongInputs.OneChange] = new string('长', 10_000);
        var again = await PressAsync(Manager, RideAlongCard.SubmitVerb, bad, locale);
        var words = Words(again);
        Assert.Contains(locale == "en-US" ? "That date has passed" : "日期已过", words);
        Assert.Contains(locale == "en-US" ? "Pick one of the choices" : "请从选项中选择", words);
        Assert.Contains(locale == "en-US" ? "Too long" : "内容过长", words);
        Assert.Contains("Role-play the price objection together", words);
        Assert.Contains(Private, words);
        Assert.Equal(0, await StoredAsync());
        Assert.DoesNotContain(Said(Li), w => w.Contains("Coaching note") || w.Contains("辅导记录"));

        var unknown = Ride(Li);
        unknown[RideAlongInputs.Rep] = "987654";
        Assert.Contains(locale == "en-US" ? "Not on the team" : "不是团队成员", Words(await PressAsync(Manager, RideAlongCard.SubmitVerb, unknown, locale)));
        Assert.Equal(0, await StoredAsync());

        await _bot.SendAsync(TeamsEvents.Personal(Manager, locale == "en-US" ? "ride Nobody Here" : "陪访 查无此人", locale));
        Assert.Contains(locale == "en-US" ? "I don't know \"Nobody Here\"" : "团队里没有“查无此人”", LastSaid(Manager));
    }

    [Fact]
    public async Task A_form_for_a_rep_who_left_comes_back_saying_why()
    {
        await _bot.SendAsync(TeamsEvents.MembersChanged([], [Li]));
        var again = await PressAsync(Manager, RideAlongCard.SubmitVerb, Ride(Li));
        Assert.Contains("Li Lei is no longer on the team", Words(again));
        Assert.Contains("Stop talking after the price", Words(again));
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task Asked_in_the_channel_the_form_goes_to_the_managers_own_chat()
    {
        var channelBefore = _bot.Connector.To(TeamsEvents.TeamId).Count;
        await _bot.SendAsync(TeamsEvents.InChannel(Manager, "ride", (Li, "Li Lei")));
        await _bot.DrainAsync();
        Assert.Contains("Log a ride-along", LastSaid(Manager));
        var inChannel = _bot.Connector.Messages.Where(m => m.ConversationId.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal)).Skip(channelBefore).ToList();
        Assert.All(inChannel, m => Assert.DoesNotContain("Log a ride-along", BotHost.Words(m.Activity)));
        Assert.Contains(inChannel, m => BotHost.Words(m.Activity).Contains("privately"));
    }
}
