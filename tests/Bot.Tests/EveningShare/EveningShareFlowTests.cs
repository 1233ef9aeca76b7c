using System.Globalization;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Tests.Conversations;
using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Core.EveningShare;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Tests.EveningShare;

/// <summary>
/// The evening share's round through the whole bot: <c>share now</c>, the nudge, the managers'
/// list of who has not shared, and the shared wins in the channel. The bot's clock shows Tuesday
/// 19:00 in Shanghai, after the 18:30 share, whenever the tests run; the digest is set to 23:30 so
/// the follow-ups of a round started now fall before it.
/// </summary>
public sealed class EveningShareFlowTests : IAsyncLifetime
{
    private readonly BotHost _bot = new(BotHost.Tuesday(19, 0));
    private long _teamId;
    private string _workDate = "";

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
            new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei" },
            new TeamsChannelAccount { Id = "29:sun", Name = "Sun Li" },
            new TeamsChannelAccount { Id = "29:zhou", Name = "Zhou Ming" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set timezone " + BotHost.Zone));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set workdays Mon-Sun"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set digest 23:30"));
        await _bot.SendAsync(TeamsEvents.Personal("29:zhou", "leave"));
        _teamId = await _bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        _workDate = _bot.Today().ToString("yyyy-MM-dd");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private static object Invoke(string userId, string verb, Dictionary<string, object> data) => new
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
        value = new { action = new { type = "Action.Execute", verb, data } },
    };

    /// <summary>Presses a card button as Action.Execute; returns the card Teams shows in its place.</summary>
    private async Task<JsonElement> PressAsync(string userId, string verb, Dictionary<string, object> data)
    {
        var response = await _bot.PostAsync(Invoke(userId, verb, data));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var card = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        AdaptiveCardSchema.AssertValid(card);
        return card;
    }

    /// <summary>Shares a recap with nothing but a win (and a vent) — blank sections are fine.</summary>
    private async Task ShareAsync(string userId, string? win = null, string winVisibility = "manager", string? vent = null)
    {
        var data = new Dictionary<string, object> { ["workDate"] = _workDate };
        if (win is not null) (data["win.text"], data["win.visibility"]) = (win, winVisibility);
        if (vent is not null) (data["vent.text"], data["vent.visibility"]) = (vent, "named");
        var summary = (await PressAsync(userId, "recap.submit", data)).GetRawText();
        Assert.Contains("recap.edit", summary);
    }

    /// <summary>Runs a follow-up now, out of turn (as a repeated fire or a second instance would); its own trigger stays.</summary>
    private Task RunFollowUpAsync(string step) => _bot.TriggerNowAsync(EveningShareKeys.FollowUp(_teamId, step, DateOnly.Parse(_workDate, CultureInfo.InvariantCulture)));

    /// <summary>Moves the clock to the follow-up's own time, which fires it.</summary>
    private Task FollowUpTimeAsync(string step) => _bot.AdvanceToFireAsync(EveningShareKeys.FollowUp(_teamId, step, DateOnly.Parse(_workDate, CultureInfo.InvariantCulture)));

    private IReadOnlyList<FakeConnector.Sent> FormsTo(string userId) =>
        _bot.Connector.To("a:" + userId).Where(m => BotHost.CardOf(m.Activity)?.GetRawText().Contains("recap.submit") == true).ToList();

    private IReadOnlyList<FakeConnector.Sent> NudgesTo(string userId) =>
        _bot.Connector.To("a:" + userId).Where(m => BotHost.CardOf(m.Activity)?.GetRawText().Contains("recap.open") == true).ToList();

    private IReadOnlyList<FakeConnector.Sent> ChannelPosts() => _bot.Connector.To(TeamsEvents.TeamId).Skip(1).ToList(); // after the channel welcome

    private string LastReplyTo(string userId) => _bot.Connector.To("a:" + userId)[^1].Activity.Text ?? "";

    [Fact]
    public async Task Share_now_prompts_only_the_reps_who_have_not_shared_and_nobody_twice()
    {
        await ShareAsync("29:li");

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "share now"));

        Assert.Contains("2 reps", LastReplyTo("29:manager"));
        Assert.Empty(FormsTo("29:li"));
        Assert.Empty(FormsTo("29:zhou")); // on leave
        Assert.Empty(FormsTo("29:manager"));
        var form = Assert.Single(FormsTo("29:han"));
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(form.Activity)!.Value);
        Assert.Single(FormsTo("29:sun"));

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "立即晚分享", "zh-CN"));
        Assert.Contains("已向 0 位销售发送", LastReplyTo("29:manager"));
        Assert.Single(FormsTo("29:han"));
        Assert.Single(FormsTo("29:sun"));
        Assert.Empty(FormsTo("29:li"));
    }

    [Fact]
    public async Task Share_now_is_for_managers_and_not_on_a_day_off()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:li", "share now"));
        Assert.Contains("Only a manager", LastReplyTo("29:li"));
        Assert.Empty(FormsTo("29:han"));

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", $"holiday {_workDate}"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "share now"));
        Assert.Contains("not a work day", LastReplyTo("29:manager"));
        Assert.Empty(FormsTo("29:han"));
    }

    [Fact]
    public async Task The_nudge_goes_once_to_a_rep_who_has_not_shared_and_opens_the_recap()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "share now"));
        await ShareAsync("29:li");
        await ShareAsync("29:sun");

        await RunFollowUpAsync("nudge");
        await FollowUpTimeAsync("nudge");

        // Han has never written to the bot, so he hears the team's language (zh-CN).
        var nudge = Assert.Single(NudgesTo("29:han"));
        var card = BotHost.CardOf(nudge.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        Assert.Contains("晚分享还没提交", BotHost.Words(nudge.Activity));
        Assert.Empty(NudgesTo("29:li"));
        Assert.Empty(NudgesTo("29:sun"));
        Assert.Empty(NudgesTo("29:zhou")); // on leave
        Assert.Empty(NudgesTo("29:manager"));

        // Its button opens the recap form in place of the nudge, in the nudge's language.
        var form = (await PressAsync("29:han", "recap.open", new() { ["workDate"] = _workDate, ["lang"] = "zh-CN" })).GetRawText();
        Assert.Contains("recap.submit", form);
        Assert.Contains("\"lang\":\"zh\"", form);
    }

    [Fact]
    public async Task The_managers_list_names_exactly_the_reps_who_have_not_shared_once()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "share now"));
        await ShareAsync("29:li");

        await RunFollowUpAsync("managers");
        await FollowUpTimeAsync("managers");

        // The manager wrote in English ("set timezone …"), so the list is in English.
        var list = Assert.Single(_bot.Connector.To("a:29:manager"), m => m.Activity.Text?.Contains("have not shared") == true);
        Assert.Contains("2 of 3 reps", list.Activity.Text);
        Assert.Contains("Han Meimei", list.Activity.Text);
        Assert.Contains("Sun Li", list.Activity.Text);
        Assert.DoesNotContain("Li Lei", list.Activity.Text);
        Assert.DoesNotContain("Zhou Ming", list.Activity.Text);
        Assert.DoesNotContain(_bot.Connector.Messages, m => m.ConversationId != "a:29:manager" && m.Activity.Text?.Contains("have not shared") == true);
    }

    [Fact]
    public async Task Reminder_offsets_are_settings_shown_in_status_and_a_list_after_the_digest_is_flagged()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set reminders share-nudge 20"));
        Assert.Contains("20 minutes after the evening share", LastReplyTo("29:manager"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "设置提醒 晚分享经理 45", "zh-CN"));
        Assert.Contains("晚分享后 45 分钟", LastReplyTo("29:manager"));
        Assert.Equal(new RecapReminders(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(45)), await _bot.WithDbAsync(db => db.Teams.Select(t => t.RecapReminders).SingleAsync()));

        // 18:30 + 240 minutes is after a 21:00 digest: accepted, and the manager is told it will be skipped.
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set digest 21:00"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set reminders share-managers 240"));
        Assert.Contains("skipped", LastReplyTo("29:manager"));

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "status"));
        var status = BotHost.Words(_bot.Connector.To("a:29:manager")[^1].Activity);
        Assert.Contains("nudge +20 · managers +240 min", status);
        Assert.Contains("Wins to the channel", status);

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set reminders share-nudge 0"));
        Assert.Contains("not a number in range", LastReplyTo("29:manager"));
        Assert.Equal(TimeSpan.FromMinutes(20), await _bot.WithDbAsync(db => db.Teams.Select(t => t.RecapReminders.Nudge).SingleAsync()));

        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "help"));
        var help = BotHost.Words(_bot.Connector.To("a:29:manager")[^1].Activity);
        Assert.Contains("share now", help);
        Assert.Contains("set reminders nudge 15 (managers, board, share-nudge, share-managers)", help);
        Assert.Contains("set share wins on", help);
    }

    [Fact]
    public async Task Shared_wins_post_only_when_switched_on_only_team_visible_ones_anonymous_without_a_name_once()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "share now"));
        await ShareAsync("29:li", "Opened with their own downtime numbers.", "team", vent: "Three doors closed on me today");
        await ShareAsync("29:sun", "Asked for the budget owner by name.", "anonymous");
        await ShareAsync("29:han", "A private win for my manager.", "manager");

        // Off by default: the digest time comes and nothing is posted.
        await RunFollowUpAsync("wins");
        Assert.Empty(ChannelPosts());

        await _bot.SendAsync(TeamsEvents.Personal("29:li", "set share wins on"));
        Assert.Contains("Only a manager", LastReplyTo("29:li"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "设置分享拔尖 开", "zh-CN"));
        Assert.Contains("23:30", LastReplyTo("29:manager"));
        Assert.True(await _bot.WithDbAsync(db => db.Teams.Select(t => t.PostSharedWins).SingleAsync()));

        await RunFollowUpAsync("wins");
        await RunFollowUpAsync("wins");

        var post = Assert.Single(ChannelPosts());
        var card = BotHost.CardOf(post.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(card);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.GetRawText()) < CardJson.MaxCardBytes);
        var words = BotHost.Words(post.Activity);
        Assert.Contains("今日拔尖", words); // the team's language
        Assert.Contains("Li Lei", words);
        Assert.Contains("Opened with their own downtime numbers.", words);
        Assert.Contains("Asked for the budget owner by name.", words);
        Assert.DoesNotContain("A private win for my manager.", words);
        Assert.DoesNotContain("Three doors closed on me today", words); // never a vent
        Assert.DoesNotContain("Han Meimei", words);
        // The anonymous win carries no name, no Teams id, no mention, anywhere in the activity.
        var json = JsonSerializer.Serialize(post.Activity);
        Assert.DoesNotContain("Sun Li", json);
        Assert.DoesNotContain("29:sun", json);
        Assert.Null(post.Activity.Entities);
        var row = await _bot.WithDbAsync(db => db.Outbox.SingleAsync(o => o.IdempotencyKey.StartsWith(EveningShareKeys.SharedWins(_teamId, DateOnly.Parse(_workDate, CultureInfo.InvariantCulture)))));
        Assert.Null(row.MemberId);
        Assert.DoesNotContain("Sun Li", row.ActivityJson);

        // Off again: tomorrow's wins would not be posted (today's post is already out, once).
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set share wins off"));
        Assert.False(await _bot.WithDbAsync(db => db.Teams.Select(t => t.PostSharedWins).SingleAsync()));
    }

    [Fact]
    public async Task No_post_when_no_win_was_made_team_visible()
    {
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "set share wins on"));
        await _bot.SendAsync(TeamsEvents.Personal("29:manager", "share now"));
        await ShareAsync("29:li", "Only for my manager.", "manager");
        await ShareAsync("29:han");

        await RunFollowUpAsync("wins");

        Assert.Empty(ChannelPosts());
    }

    [Fact]
    public async Task A_personal_install_has_no_channel_so_wins_are_never_posted_and_cannot_be_switched_on()
    {
        using var solo = new BotHost();
        await solo.SendAsync(TeamsEvents.PersonalInstall("29:solo", "Zhou Jie", "zh-CN"));

        await solo.SendAsync(TeamsEvents.Personal("29:solo", "设置分享拔尖 开", "zh-CN"));

        Assert.Contains("没有团队频道", solo.Connector.To("a:29:solo")[^1].Activity.Text);
        Assert.False(await solo.WithDbAsync(db => db.Teams.Select(t => t.PostSharedWins).SingleAsync()));
        await solo.SendAsync(TeamsEvents.Personal("29:solo", "状态", "zh-CN"));
        Assert.Contains("无频道", BotHost.Words(solo.Connector.To("a:29:solo")[^1].Activity));
    }
}
