using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Conversations;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Teams;
using IronArmy.Data.Forms;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Kickoff;

/// <summary>
/// The kickoff after its window, as a rep whose day runs behind the team's meets it: the bot's clock
/// shows Tuesday 22:10 in Shanghai (the team's zone), past the 18:30 share, on a Monday–Saturday team.
/// A plan sent now, <c>plan</c> typed now and a manager's <c>kickoff now</c>: nothing sent is lost —
/// the words come back with the line saying why, and they fill in Wednesday's form.
/// </summary>
public sealed class KickoffAfterTheShareTests : IAsyncLifetime
{
    private readonly BotHost _bot = new(BotHost.Tuesday(22, 10));
    private const string Zone = BotHost.Zone;
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
            new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        _today = _bot.Today();
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A plan as a rep fills it in, with one value that could never be saved as it stands.</summary>
    private static Dictionary<string, object> Typed(DateOnly workDate, string language) => new()
    {
        ["workDate"] = Day(workDate),
        ["lang"] = language,
        ["target.month.amount"] = "500000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
        ["target.week.amount"] = "120000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
        ["target.day.amount"] = "20000", ["target.day.visits"] = "eight", ["target.day.validnew"] = "3",
        ["visit.1.customer"] = "Acme Trading", ["visit.1.time"] = "09:30", ["visit.1.class"] = "A", ["visit.1.kp"] = "first", ["visit.1.outcome"] = "close",
        ["newcustomer.1.customer"] = "Harbor Foods", ["newcustomer.1.need"] = "true", ["newcustomer.1.budget"] = "false",
    };

    private static object Execute(string userId, Dictionary<string, object> data, string locale) => new
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
        value = new { action = new { type = "Action.Execute", verb = "kickoff.submit", data }, trigger = "manual" },
    };

    private async Task<JsonElement> SubmitAsync(string userId, Dictionary<string, object> data, string locale)
    {
        var response = await _bot.PostAsync(Execute(userId, data, locale));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        var card = body.GetProperty("value");
        AdaptiveCardSchema.AssertValid(card);
        return card;
    }

    private static string Words(JsonElement card) => BotHost.Words(new Activity
    {
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    });

    private static bool HasSubmit(JsonElement card) => card.GetRawText().Contains("\"verb\":\"kickoff.submit\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("en-US", "closed at 18:30 team time", "Nothing is lost", "fills in your kickoff form for")]
    [InlineData("zh-CN", "18:30", "一个字都没有丢", "早启动表单")]
    public async Task A_plan_sent_after_the_share_comes_back_word_for_word_and_becomes_tomorrows_draft(string language, string closed, string kept, string tomorrow)
    {
        var typed = Typed(_today, language);

        var card = await SubmitAsync("29:li", typed, language);

        var words = Words(card);
        Assert.False(HasSubmit(card), $"A form that cannot be saved came back:\n{card}");
        Assert.Contains(closed, words);
        Assert.Contains(Zone, words);
        Assert.Contains(kept, words);
        Assert.Contains(tomorrow, words);
        foreach (var value in new[] { "Acme Trading", "09:30", "eight", "500000", "Harbor Foods" })
            Assert.Contains(value, words);

        // Stored before the answer, exactly as sent, for the next work day; nothing became a plan.
        Assert.Equal(0, await _bot.WithDbAsync(db => db.KickoffPlans.CountAsync()));
        var stored = await _bot.WithDbAsync(db => db.KeptWords.SingleAsync());
        Assert.Equal((Ritual.Kickoff, _today, _today.AddDays(1)), (stored.Ritual, stored.WorkDate, stored.DraftFor));
        var sent = typed.Where(kv => kv.Key is not ("workDate" or "lang")).ToDictionary(kv => kv.Key, kv => (string)kv.Value);
        Assert.Equal(sent, KeptWordsStore.InputsOf(stored.InputsJson));

        // Tomorrow's kickoff form is filled in with them.
        await _bot.SendAsync(TeamsEvents.Personal("29:li", language == "zh-CN" ? "早启动" : "plan", language));
        var form = BotHost.CardOf(_bot.Connector.To("a:29:li")[^1].Activity)!.Value;
        Assert.True(HasSubmit(form));
        Assert.Contains($"\"workDate\":\"{Day(_today.AddDays(1))}\"", form.GetRawText());
        Assert.Contains("Acme Trading", Words(form));
        Assert.Contains("Harbor Foods", Words(form));
    }

    [Fact]
    public async Task An_edit_sent_after_the_share_keeps_the_new_words_and_leaves_the_committed_plan_alone()
    {
        var li = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:li"));
        var committed = new KickoffPlan(
            new Targets(new Target(500_000_00, 160, 60), new Target(120_000_00, 40, 15), new Target(20_000_00, 8, 3)),
            [new PlannedVisit("Blue Sky Tech", new TimeOnly(11, 0), CustomerClass.B, KeyPerson.First, VisitOutcome.Advance)],
            []);
        await _bot.WithDbAsync(db => db.SaveKickoffPlanAsync(li.TeamId, li.Id, _today, committed, li.Id, _bot.UtcNow.AddHours(-12), default));
        var edit = Typed(_today, "en-US");
        edit["target.day.visits"] = "8";

        var card = await SubmitAsync("29:li", edit, "en-US");

        Assert.False(HasSubmit(card));
        Assert.Contains("Acme Trading", Words(card));
        Assert.Contains("Nothing is lost", Words(card));
        var plan = await _bot.WithDbAsync(db => db.KickoffPlans.Include(p => p.Visits).SingleAsync());
        Assert.Equal("Blue Sky Tech", Assert.Single(plan.Visits).Customer);
        Assert.Equal("Acme Trading", KeptWordsStore.InputsOf((await _bot.WithDbAsync(db => db.KeptWords.SingleAsync())).InputsJson)["visit.1.customer"]);
    }

    [Theory]
    [InlineData("en-US", "plan", "closed at 18:30 team time", "Keep as draft", "Kept as your draft for")]
    [InlineData("zh-CN", "早启动", "18:30", "保存为草稿", "已保存为你")]
    public async Task Plan_typed_after_the_share_offers_tomorrows_form_and_keeps_it_as_a_draft(string language, string command, string closed, string button, string draftKept)
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:han", command, language));

        var form = BotHost.CardOf(_bot.Connector.To("a:29:han")[^1].Activity)!.Value;
        AdaptiveCardSchema.AssertValid(form);
        var tomorrow = _today.AddDays(1);
        Assert.Contains(closed, Words(form));
        Assert.Contains(button, Words(form));
        Assert.Contains($"\"workDate\":\"{Day(tomorrow)}\"", form.GetRawText());

        var answer = await SubmitAsync("29:han", Typed(tomorrow, language), language);

        Assert.False(HasSubmit(answer));
        Assert.Contains(draftKept, Words(answer));
        Assert.Contains("Acme Trading", Words(answer));
        Assert.Equal(0, await _bot.WithDbAsync(db => db.KickoffPlans.CountAsync()));
        var stored = await _bot.WithDbAsync(db => db.KeptWords.SingleAsync());
        Assert.Equal((tomorrow, tomorrow), (stored.WorkDate, stored.DraftFor));
    }

    [Theory]
    [InlineData("en-US", "kickoff now", "closed at 18:30 team time", "nobody was prompted")]
    [InlineData("zh-CN", "立即早启动", "18:30", "没有提醒任何人")]
    public async Task Kickoff_now_after_the_share_says_why_nobody_was_prompted(string language, string command, string closed, string nobody)
    {
        var before = _bot.Connector.Messages.Count;

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", command, language));

        var reply = _bot.Connector.To("a:29:manager")[^1].Activity.Text ?? "";
        Assert.Contains(closed, reply);
        Assert.Contains(nobody, reply);
        Assert.Contains(Zone, reply);
        Assert.Equal(before + 1, _bot.Connector.Messages.Count); // the reply, and no form to anyone
    }
}
