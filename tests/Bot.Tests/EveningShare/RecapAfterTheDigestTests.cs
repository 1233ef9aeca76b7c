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

namespace IronArmy.Bot.Tests.EveningShare;

/// <summary>
/// The recap after its window: the bot's clock shows Tuesday 22:10 in Shanghai (the team's zone), past
/// the 21:00 digest. A recap sent now is kept word for word and goes to the manager as a late recap,
/// without changing the day's numbers; <c>recap</c> and <c>share now</c> say the share has closed
/// instead of offering a form that cannot be saved.
/// </summary>
public sealed class RecapAfterTheDigestTests : IAsyncLifetime
{
    private const string Vent = "The receptionist laughed at me.";
    private const string Win = "Opened with their own downtime numbers.";

    private readonly BotHost _bot = new(BotHost.Tuesday(22, 10));
    private const string Zone = BotHost.Zone;
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        _today = _bot.Today();

        // This morning's plan, made in time.
        var li = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:li"));
        var plan = new KickoffPlan(
            new Targets(new Target(500_000_00, 160, 60), new Target(120_000_00, 40, 15), new Target(20_000_00, 8, 3)),
            [new PlannedVisit("Acme Trading", new TimeOnly(9, 30), CustomerClass.A, KeyPerson.First, VisitOutcome.Close)],
            []);
        await _bot.WithDbAsync(db => db.SaveKickoffPlanAsync(li.TeamId, li.Id, _today, plan, li.Id, _bot.UtcNow.AddHours(-14), default));
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A recap as a rep fills it in, with an unplanned row that could never be saved as it stands (no customer).</summary>
    private Dictionary<string, object> Typed(string language, string ventVisibility = "manager") => new()
    {
        ["workDate"] = _today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["lang"] = language,
        ["planned.1.done"] = "true", ["planned.1.kp"] = "true", ["planned.1.class"] = "signed", ["planned.1.amount"] = "50000",
        ["unplanned.1.type"] = "followup",
        ["vent.text"] = Vent, ["vent.visibility"] = ventVisibility,
        ["win.text"] = Win, ["win.visibility"] = "manager",
        ["tomorrow.1.customer"] = "Harbor Foods",
    };

    private async Task<JsonElement> SubmitAsync(Dictionary<string, object> data, string locale)
    {
        var response = await _bot.PostAsync(new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id = "inv-" + Guid.NewGuid().ToString("N"),
            channelId = "msteams",
            serviceUrl = BotHost.ServiceUrl,
            locale,
            from = new { id = "29:li" },
            recipient = new { id = BotHost.BotId },
            conversation = new { id = "a:29:li", conversationType = "personal", tenantId = BotHost.TenantId },
            channelData = new { tenant = new { id = BotHost.TenantId } },
            value = new { action = new { type = "Action.Execute", verb = "recap.submit", data } },
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        AdaptiveCardSchema.AssertValid(card);
        await _bot.DrainAsync();
        return card;
    }

    private static string Words(JsonElement card) => BotHost.Words(new Activity
    {
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    });

    private static bool HasSubmit(JsonElement card) => card.GetRawText().Contains("\"verb\":\"recap.submit\"", StringComparison.Ordinal);

    private string ToManager() => string.Join("\n", _bot.Connector.To("a:29:manager").Select(m => BotHost.Words(m.Activity)));

    [Theory]
    [InlineData("en-US", "closed at 21:00 team time", "late recap")]
    [InlineData("zh-CN", "21:00", "迟交的晚分享")]
    public async Task A_recap_sent_after_the_digest_comes_back_word_for_word_is_kept_and_reaches_the_manager(string language, string closed, string late)
    {
        var typed = Typed(language);

        var card = await SubmitAsync(typed, language);

        var words = Words(card);
        Assert.False(HasSubmit(card), $"A form that cannot be saved came back:\n{card}");
        Assert.Contains(closed, words);
        Assert.Contains(Zone, words);
        Assert.Contains(late, words);
        foreach (var value in new[] { Vent, Win, "Harbor Foods", "50000", "Acme Trading" })
            Assert.Contains(value, words);

        // Kept exactly as sent; the day's recap, visits and boards are as the digest left them.
        var stored = await _bot.WithDbAsync(db => db.KeptWords.SingleAsync());
        Assert.Equal((Ritual.EveningShare, _today, (DateOnly?)null), (stored.Ritual, stored.WorkDate, stored.DraftFor));
        var sent = typed.Where(kv => kv.Key is not ("workDate" or "lang")).ToDictionary(kv => kv.Key, kv => (string)kv.Value);
        Assert.Equal(sent, KeptWordsStore.InputsOf(stored.InputsJson));
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Recaps.CountAsync()));
        Assert.Equal(0, await _bot.WithDbAsync(db => db.VisitFacts.CountAsync()));

        // The manager gets it, under Li's name, saying it came after the digest.
        var manager = ToManager();
        Assert.Contains("Li Lei", manager);
        Assert.Contains("(21:00)", manager.Replace("（", "(").Replace("）", ")"));
        Assert.Contains(Vent, manager);
        Assert.Contains(Win, manager);
    }

    [Fact]
    public async Task An_anonymous_vent_sent_late_never_reaches_the_manager_under_the_reps_name()
    {
        var card = await SubmitAsync(Typed("en-US", ventVisibility: "anonymous"), "en-US");

        Assert.Contains(Vent, Words(card)); // the rep's own words come back whole
        Assert.Contains(Vent, (await _bot.WithDbAsync(db => db.KeptWords.SingleAsync())).InputsJson);
        var manager = ToManager();
        Assert.Contains("Li Lei", manager);
        Assert.Contains(Win, manager);
        Assert.DoesNotContain(Vent, manager);
    }

    [Theory]
    [InlineData("en-US", "recap", "closed at 21:00 team time", "The next evening share is")]
    [InlineData("zh-CN", "晚分享", "21:00", "下一次晚分享")]
    public async Task Recap_typed_after_the_digest_says_it_closed_instead_of_offering_a_form(string language, string command, string closed, string next)
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:li", command, language));

        var card = BotHost.CardOf(_bot.Connector.To("a:29:li")[^1].Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        Assert.False(HasSubmit(card), $"A form that cannot be saved:\n{card}");
        Assert.Contains(closed, Words(card));
        Assert.Contains(next, Words(card));
    }

    [Theory]
    [InlineData("en-US", "share now", "closed at 21:00 team time", "nobody was prompted")]
    [InlineData("zh-CN", "立即晚分享", "21:00", "没有提醒任何人")]
    public async Task Share_now_after_the_digest_says_why_nobody_was_prompted(string language, string command, string closed, string nobody)
    {
        var before = _bot.Connector.Messages.Count;

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", command, language));

        var reply = _bot.Connector.To("a:29:manager")[^1].Activity.Text ?? "";
        Assert.Contains(closed, reply);
        Assert.Contains(nobody, reply);
        Assert.Equal(before + 1, _bot.Connector.Messages.Count);
    }
}
