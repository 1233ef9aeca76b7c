using System.Globalization;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Tests.Conversations;
using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Tests.Kickoff;

/// <summary>
/// The morning kickoff through the whole bot: prompts, submits (Action.Execute and the Submit
/// fallback), validation, the board in the channel, the nudge and the managers' list, leave and holidays.
/// The bot's clock shows Tuesday 10:00 in Shanghai (<see cref="BotHost.TuesdayMorning"/>), whenever the
/// tests run: the 07:40 kickoff has passed and edits are open until the 18:30 share. Follow-ups fire when
/// a test moves the clock to their time.
/// </summary>
public sealed class KickoffFlowTests : IAsyncLifetime
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
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
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

    private Dictionary<string, object> ValidInputs(string firstCustomer = "Acme Trading") => new()
    {
        ["workDate"] = _workDate,
        ["target.month.amount"] = "500,000", ["target.month.visits"] = "160", ["target.month.validnew"] = "60",
        ["target.week.amount"] = "120000", ["target.week.visits"] = "40", ["target.week.validnew"] = "15",
        ["target.day.amount"] = "20000.50", ["target.day.visits"] = "8", ["target.day.validnew"] = "3",
        ["visit.1.customer"] = firstCustomer, ["visit.1.time"] = "09:30", ["visit.1.class"] = "A", ["visit.1.kp"] = "first", ["visit.1.outcome"] = "close",
        ["visit.2.customer"] = "Blue Sky Tech", ["visit.2.time"] = "11:00", ["visit.2.class"] = "New", ["visit.2.kp"] = "second", ["visit.2.outcome"] = "first",
        ["newcustomer.1.customer"] = "Harbor Foods", ["newcustomer.1.need"] = "true", ["newcustomer.1.budget"] = "true", ["newcustomer.1.payer"] = "true",
    };

    private static object Execute(string userId, Dictionary<string, object> data, string locale = "en-US") => new
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

    /// <summary>Presses the card's submit as Action.Execute; returns the card Teams shows in its place.</summary>
    private async Task<JsonElement> SubmitAsync(string userId, Dictionary<string, object> data, string locale = "en-US")
    {
        var response = await _bot.PostAsync(Execute(userId, data, locale));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        var card = body.GetProperty("value");
        AdaptiveCardSchema.AssertValid(card);
        await _bot.DrainAsync();
        return card;
    }

    /// <summary>
    /// Runs a follow-up twice: once out of turn (as a repeated fire or a second instance would), then
    /// at its own time, by moving the clock to when its trigger fires.
    /// </summary>
    private async Task RunFollowUpTwiceAsync(string step)
    {
        var key = KickoffKeys.FollowUp(_teamId, step, DateOnly.Parse(_workDate, CultureInfo.InvariantCulture));
        await _bot.TriggerNowAsync(key);
        await _bot.AdvanceToFireAsync(key);
    }

    /// <summary>The board is rebuilt a moment after a plan arrives (plans arriving together share one refresh).</summary>
    private Task BoardRefreshAsync() => _bot.AdvanceAsync(IronArmy.Bot.Kickoff.KickoffFollowUps.BoardRefreshWindow);

    private IReadOnlyList<FakeConnector.Sent> FormsTo(string userId) =>
        _bot.Connector.To("a:" + userId).Where(m => BotHost.CardOf(m.Activity)?.GetRawText().Contains("visit.1.customer") == true).ToList();

    [Fact]
    public async Task Kickoff_now_prompts_each_rep_once_with_the_form()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "kickoff now"));
        Assert.Contains("2 reps", _bot.Connector.To("a:29:manager")[^1].Activity.Text);
        var form = Assert.Single(FormsTo("29:li"));
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(form.Activity)!.Value);
        Assert.Single(FormsTo("29:han"));
        Assert.Empty(FormsTo("29:manager"));

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "kickoff now"));
        Assert.Single(FormsTo("29:li"));
        Assert.Single(FormsTo("29:han"));
    }

    [Fact]
    public async Task A_valid_submit_is_stored_and_answered_with_the_summary_and_the_board_follows()
    {
        // The kickoff an hour from now, so the board waits for everyone rather than for its time.
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set kickoff 11:00"));

        var summary = (await SubmitAsync("29:li", ValidInputs())).GetRawText();
        Assert.Contains("Acme Trading", summary);
        Assert.Contains("kickoff.edit", summary);
        Assert.Contains("Look in the mirror", summary);

        var plan = await _bot.WithDbAsync(db => db.KickoffPlans.Include(p => p.Visits).Include(p => p.Revisions).SingleAsync());
        Assert.Equal(2_000_050, plan.DayAmountMinor);
        Assert.Equal(["Acme Trading", "Blue Sky Tech"], plan.Visits.OrderBy(v => v.Row).Select(v => v.Customer));
        Assert.Single(plan.Revisions);
        await BoardRefreshAsync();
        Assert.Empty(_bot.Connector.To(TeamsEvents.TeamId).Skip(1)); // only the channel welcome: Han has not planned

        await SubmitAsync("29:han", ValidInputs("Golden Gate Ltd"));
        await BoardRefreshAsync();
        Assert.Equal(2, _bot.Connector.To(TeamsEvents.TeamId).Count);
        var board = _bot.Connector.To(TeamsEvents.TeamId).Last();
        Assert.Null(board.UpdatedActivityId);
        var boardWords = BotHost.Words(board.Activity);
        Assert.Contains("Han Meimei", boardWords);
        Assert.Contains("Li Lei", boardWords);
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(board.Activity)!.Value);

        // An edit changes the plan, keeps the old one in the audit trail, and updates the same post.
        await SubmitAsync("29:li", ValidInputs("Acme Trading Group"));
        await BoardRefreshAsync();
        Assert.Equal(3, _bot.Connector.To(TeamsEvents.TeamId).Count);
        var update = _bot.Connector.To(TeamsEvents.TeamId).Last();
        Assert.NotNull(update.UpdatedActivityId);
        var liPlan = await _bot.WithDbAsync(db => db.KickoffPlans.Where(p => p.Member!.TeamsUserId == "29:li").Select(p => p.Id).SingleAsync());
        var revisions = await _bot.WithDbAsync(db => db.KickoffPlanRevisions.Where(r => r.PlanId == liPlan).OrderBy(r => r.Version).ToListAsync());
        Assert.Equal(2, revisions.Count);
        Assert.Contains("Acme Trading\"", revisions[1].BeforeJson);
        Assert.Contains("Acme Trading Group", revisions[1].AfterJson);
    }

    [Fact]
    public async Task An_invalid_submit_comes_back_marked_and_stores_nothing()
    {
        var inputs = ValidInputs();
        inputs["target.day.visits"] = "abc";
        inputs["visit.2.customer"] = "";

        var card = (await SubmitAsync("29:li", inputs, "zh-CN")).GetRawText();

        Assert.Contains("请填写整数", card);
        Assert.Contains("Acme Trading", card); // what the rep typed is kept
        Assert.Equal(0, await _bot.WithDbAsync(db => db.KickoffPlans.CountAsync()));
    }

    [Fact]
    public async Task A_card_answers_in_the_language_it_was_shown_in()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:li", "help")); // Li's Teams is English
        var inputs = ValidInputs();
        inputs["lang"] = "zh-CN"; // but he opened the form with 早启动

        var summary = (await SubmitAsync("29:li", inputs)).GetRawText();

        Assert.Contains("照镜子", summary);
        Assert.Contains("\"lang\":\"zh-CN\"", summary); // and its Edit button keeps the language
    }

    [Fact]
    public async Task The_submit_fallback_replaces_the_card_in_place()
    {
        var value = ValidInputs();
        value["verb"] = "kickoff.submit";
        await _bot.SendAsync(new
        {
            type = "message",
            id = "submit-1",
            replyToId = "card-activity-7",
            channelId = "msteams",
            serviceUrl = BotHost.ServiceUrl,
            from = new { id = "29:li" },
            recipient = new { id = BotHost.BotId },
            conversation = new { id = "a:29:li", conversationType = "personal", tenantId = BotHost.TenantId },
            channelData = new { tenant = new { id = BotHost.TenantId } },
            value,
        });

        var replaced = _bot.Connector.To("a:29:li").Last();
        Assert.Equal("card-activity-7", replaced.UpdatedActivityId);
        Assert.Contains("Acme Trading", BotHost.Words(replaced.Activity));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.KickoffPlans.CountAsync()));
    }

    [Fact]
    public async Task The_nudge_and_the_managers_list_go_once_to_those_who_have_not_planned()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "kickoff now"));
        await SubmitAsync("29:li", ValidInputs());

        await RunFollowUpTwiceAsync("nudge");
        // Han has never written to the bot, so he hears the team's language (zh-CN).
        Assert.Single(_bot.Connector.To("a:29:han"), m => m.Activity.Text?.Contains("还没填") == true);
        Assert.DoesNotContain(_bot.Connector.To("a:29:li"), m => m.Activity.Text?.Contains("还没填") == true);

        await RunFollowUpTwiceAsync("managers");
        var list = Assert.Single(_bot.Connector.To("a:29:manager"), m => m.Activity.Text?.Contains("not planned yet") == true);
        Assert.Contains("Han Meimei", list.Activity.Text);
        Assert.DoesNotContain("Li Lei", list.Activity.Text);
    }

    [Fact]
    public async Task Leave_and_holidays_are_respected()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:han", "请假", "zh-CN"));
        Assert.Contains("已请假", _bot.Connector.To("a:29:han")[^1].Activity.Text);
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "kickoff now"));
        Assert.Single(FormsTo("29:li"));
        Assert.Empty(FormsTo("29:han"));

        await _bot.SendAsync(TeamsEvents.Personal("29:han", "back"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", $"holiday {_workDate}"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "kickoff now"));
        Assert.Contains("not a work day", _bot.Connector.To("a:29:manager")[^1].Activity.Text);
        Assert.Empty(FormsTo("29:han"));
    }

    [Fact]
    public async Task The_form_starts_from_the_visits_planned_last_evening()
    {
        var li = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:li"));
        var yesterday = DateOnly.ParseExact(_workDate, "yyyy-MM-dd").AddDays(-1); // the team works every day
        var recap = new IronArmy.Core.EveningShare.Recap([], [], [], null, null, null, ["Delta Corp", "Echo Ltd"]);
        await _bot.WithDbAsync(db => IronArmy.Data.EveningShare.RecapSaving.SaveRecapAsync(db, _teamId, li.Id, yesterday, recap, li.Id, _bot.UtcNow, default));

        await _bot.SendAsync(TeamsEvents.Personal("29:li", "plan"));

        var form = BotHost.CardOf(_bot.Connector.To("a:29:li")[^1].Activity)!.Value.GetRawText();
        Assert.Contains("\"id\":\"visit.1.customer\",\"placeholder\":", form);
        Assert.Contains("\"value\":\"Delta Corp\"", form);
        Assert.Contains("\"value\":\"Echo Ltd\"", form);
    }

    private object Recap(string userId, Dictionary<string, object> data) => new
    {
        type = "invoke",
        name = "adaptiveCard/action",
        id = "inv-" + Guid.NewGuid().ToString("N"),
        channelId = "msteams",
        serviceUrl = BotHost.ServiceUrl,
        from = new { id = userId },
        recipient = new { id = BotHost.BotId },
        conversation = new { id = "a:" + userId, conversationType = "personal", tenantId = BotHost.TenantId },
        channelData = new { tenant = new { id = BotHost.TenantId } },
        value = new { action = new { type = "Action.Execute", verb = "recap.submit", data } },
    };

    [Fact]
    public async Task The_evening_recap_lists_the_morning_plan_and_stores_the_day_as_facts()
    {
        await SubmitAsync("29:li", ValidInputs());
        await _bot.SendAsync(TeamsEvents.Personal("29:li", "recap"));
        var form = BotHost.CardOf(_bot.Connector.To("a:29:li")[^1].Activity)!.Value.GetRawText();
        Assert.Contains("Acme Trading", form);
        Assert.Contains("planned.1.done", form);

        // A done visit with no class after it is refused, and nothing is stored.
        var refused = await _bot.PostAsync(Recap("29:li", new() { ["workDate"] = _workDate, ["planned.1.done"] = "true" }));
        var refusedCard = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        AdaptiveCardSchema.AssertValid(refusedCard);
        Assert.Contains("planned.1.class", refusedCard.GetRawText());
        Assert.Equal(0, await _bot.WithDbAsync(db => db.Recaps.CountAsync()));

        var response = await _bot.PostAsync(Recap("29:li", new()
        {
            ["workDate"] = _workDate,
            ["planned.1.done"] = "true", ["planned.1.kp"] = "true", ["planned.1.class"] = "signed", ["planned.1.amount"] = "50000",
            ["vent.text"] = "Three doors closed on me", ["vent.visibility"] = "anonymous",
            ["tomorrow.1.customer"] = "Delta Corp",
        }));
        var summary = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        AdaptiveCardSchema.AssertValid(summary);
        Assert.Contains("recap.edit", summary.GetRawText());

        var facts = await _bot.WithDbAsync(db => db.VisitFacts.ToListAsync());
        var signed = Assert.Single(facts);
        Assert.Equal("Acme Trading", signed.Customer);
        Assert.Equal(5_000_000, signed.SignedAmountMinor);
        var stored = await _bot.WithDbAsync(db => db.Recaps.SingleAsync());
        Assert.Equal("Three doors closed on me", stored.VentText);
    }

    [Fact]
    public async Task The_summary_mirrors_yesterdays_plan_against_what_yesterdays_recap_recorded()
    {
        var li = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:li"));
        var yesterday = DateOnly.ParseExact(_workDate, "yyyy-MM-dd").AddDays(-1);
        var target = new IronArmy.Core.Kickoff.Target(0, 2, 0);
        var plan = new IronArmy.Core.Kickoff.KickoffPlan(new(target, target, target),
        [
            new("Acme Trading", null, IronArmy.Core.Kickoff.CustomerClass.A, IronArmy.Core.Kickoff.KeyPerson.First, IronArmy.Core.Kickoff.VisitOutcome.Close),
            new("Blue Sky Tech", null, IronArmy.Core.Kickoff.CustomerClass.New, IronArmy.Core.Kickoff.KeyPerson.Second, IronArmy.Core.Kickoff.VisitOutcome.FirstContact),
        ], []);
        var recap = new IronArmy.Core.EveningShare.Recap(
            [new("Acme Trading", true, true, IronArmy.Core.EveningShare.ClassAfter.Signed, 100), IronArmy.Core.EveningShare.PlannedVisitResult.NotDone("Blue Sky Tech")],
            [], [], null, null, null, []);
        await _bot.WithDbAsync(db => db.SaveKickoffPlanAsync(_teamId, li.Id, yesterday, plan, li.Id, _bot.UtcNow, default));
        await _bot.WithDbAsync(db => IronArmy.Data.EveningShare.RecapSaving.SaveRecapWithFactsAsync(db, _teamId, li.Id, yesterday, recap, plan, li.Id, _bot.UtcNow, default));

        var summary = BotHost.Words(new Activity { Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = await SubmitAsync("29:li", ValidInputs()) }] });

        Assert.Contains("Yesterday", summary);
        Assert.Contains("2 planned · 1 done", summary);
    }

    [Fact]
    public async Task Plan_opens_the_form_and_after_a_submit_the_summary()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:li", "早启动", "zh-CN"));
        Assert.Single(FormsTo("29:li"));
        await SubmitAsync("29:li", ValidInputs());
        await _bot.SendAsync(TeamsEvents.Personal("29:li", "plan"));
        var summary = BotHost.Words(_bot.Connector.To("a:29:li")[^1].Activity);
        Assert.Contains("Acme Trading", summary);
    }
}
