using System.Net;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Conversations;

public sealed class CommandTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
        ]);
        // The roster sync runs on a Quartz thread: the drain waits for it and for the welcomes it queues,
        // so none is counted as a reply to the first command.
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        Assert.Single(_bot.Connector.To("a:29:manager"));
        Assert.Single(_bot.Connector.To("a:29:li"));
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Activity> AskAsync(object message, string conversationId)
    {
        var before = _bot.Connector.To(conversationId).Count;
        await _bot.SendAsync(message);
        var replies = _bot.Connector.To(conversationId);
        Assert.Equal(before + 1, replies.Count);
        var reply = replies[^1].Activity;
        if (BotHost.CardOf(reply) is { } card) AdaptiveCardSchema.AssertValid(card);
        return reply;
    }

    [Fact]
    public async Task Help_lists_what_the_persons_role_can_do_in_their_language()
    {
        var rep = BotHost.Words(await AskAsync(TeamsEvents.Personal("29:li", "help"), "a:29:li"));
        Assert.Contains("Plan today", rep);
        Assert.Contains("leave 2026-12-01..2026-12-03", rep);
        Assert.DoesNotContain("set kickoff", rep);

        var manager = BotHost.Words(await AskAsync(TeamsEvents.Personal("29:manager", "帮助", "zh-CN"), "a:29:manager"));
        Assert.Contains("设置早启动 07:40", manager);
        Assert.Contains("添加经理", manager);
        Assert.Contains("状态", manager);
    }

    [Fact]
    public async Task A_rep_cannot_change_the_schedule()
    {
        var reply = await AskAsync(TeamsEvents.Personal("29:li", "set kickoff 09:00"), "a:29:li");

        Assert.Contains("Only a manager", reply.Text);
        var team = await _bot.WithDbAsync(db => db.Teams.SingleAsync());
        Assert.Equal(new TimeOnly(7, 40), team.Schedule.Kickoff);
    }

    [Fact]
    public async Task A_manager_moves_the_kickoff_and_the_trigger_follows()
    {
        var reply = await AskAsync(TeamsEvents.Personal("29:manager", "设置早启动 08:15", "zh-CN"), "a:29:manager");
        Assert.Contains("08:15", reply.Text);

        var team = await _bot.WithDbAsync(db => db.Teams.SingleAsync());
        Assert.Equal(new TimeOnly(8, 15), team.Schedule.Kickoff);
        var next = await _bot.Service<TeamSchedules>().NextFiresAsync(team.Id);
        var local = TimeZoneInfo.ConvertTimeFromUtc(next[Ritual.Kickoff], TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(new TimeOnly(8, 15), TimeOnly.FromDateTime(local));
    }

    [Fact]
    public async Task Status_shows_the_board_and_shout_out_settings_as_the_manager_sets_them()
    {
        var before = BotHost.Words(await AskAsync(TeamsEvents.Personal("29:manager", "status"), "a:29:manager"));
        Assert.Contains("signed amount · top 10 · 15 min after the digest", before);
        Assert.Contains("at most one post per 10 min · million club 1,000,000 CNY · streak 5 work days", before);

        await AskAsync(TeamsEvents.Personal("29:manager", "set board metric visits"), "a:29:manager");
        await AskAsync(TeamsEvents.Personal("29:manager", "set board top 5"), "a:29:manager");
        await AskAsync(TeamsEvents.Personal("29:manager", "set shoutouts off"), "a:29:manager");
        var after = BotHost.Words(await AskAsync(TeamsEvents.Personal("29:manager", "status"), "a:29:manager"));
        Assert.Contains("visits · top 5 · 15 min after the digest", after);
        Assert.Contains("Shout-outs\nOff", after);

        var zh = BotHost.Words(await AskAsync(TeamsEvents.Personal("29:manager", "状态", "zh-CN"), "a:29:manager"));
        Assert.Contains("拜访量 · 前 5 名 · 汇总后 15 分钟", zh);
    }

    [Fact]
    public async Task Time_zone_and_work_days_reschedule_and_status_shows_them()
    {
        await AskAsync(TeamsEvents.Personal("29:manager", "set timezone America/Los_Angeles"), "a:29:manager");
        await AskAsync(TeamsEvents.Personal("29:manager", "set workdays Mon-Fri"), "a:29:manager");

        var team = await _bot.WithDbAsync(db => db.Teams.SingleAsync());
        Assert.Equal(TeamZone.Of("America/Los_Angeles"), team.Schedule.Zone);
        Assert.False(team.Schedule.WorkDays.Contains(DayOfWeek.Saturday));
        // The triggers fire daily and the jobs skip days off; the next fire on a work day is what status shows.
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var next = await _bot.Service<TeamSchedules>().NextFiresAsync(team.Id, utc => team.Schedule.WorkDays.Contains(TimeZoneInfo.ConvertTimeFromUtc(utc, zone).DayOfWeek));
        var local = TimeZoneInfo.ConvertTimeFromUtc(next[Ritual.Kickoff], zone);
        Assert.Equal(new TimeOnly(7, 40), TimeOnly.FromDateTime(local));
        Assert.NotEqual(DayOfWeek.Saturday, local.DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, local.DayOfWeek);

        var status = BotHost.Words(await AskAsync(TeamsEvents.Personal("29:manager", "status"), "a:29:manager"));
        Assert.Contains("America/Los_Angeles", status);
        Assert.Contains("Mon–Fri", status);
        Assert.Contains("07:40", status);
        Assert.Contains("reps 1 · managers 1", status);
    }

    [Fact]
    public async Task Bad_arguments_get_the_usage_and_change_nothing()
    {
        var reply = await AskAsync(TeamsEvents.Personal("29:manager", "set kickoff 7 o'clock"), "a:29:manager");
        Assert.Contains("HH:MM", reply.Text);
        var zone = await AskAsync(TeamsEvents.Personal("29:manager", "设置时区 火星", "zh-CN"), "a:29:manager");
        Assert.Contains("IANA", zone.Text);
        Assert.Contains("不认识时区", zone.Text);

        var team = await _bot.WithDbAsync(db => db.Teams.SingleAsync());
        Assert.Equal(TeamSchedule.Default with { }, team.Schedule);
    }

    [Fact]
    public async Task Unknown_text_gets_a_hint_not_an_error()
    {
        var reply = await AskAsync(TeamsEvents.Personal("29:li", "what's up"), "a:29:li");
        Assert.Contains("help", reply.Text);
        Assert.Contains("what's up", reply.Text);
    }

    [Fact]
    public async Task Managers_promote_by_mention_in_the_channel_and_the_reply_threads_there()
    {
        var post = TeamsEvents.InChannel("29:manager", "add manager", ("29:li", "Li Lei"));
        await _bot.SendAsync(post);

        var li = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:li"));
        Assert.Equal(MemberRole.Manager, li.Role);
        var reply = _bot.Connector.Messages.Last();
        Assert.StartsWith(TeamsEvents.TeamId + ";messageid=", reply.ConversationId);
        Assert.Contains("Li Lei", reply.Activity.Text);
    }

    [Fact]
    public async Task A_redelivered_message_is_answered_once()
    {
        var message = TeamsEvents.Personal("29:li", "help");
        await _bot.SendAsync(message);
        await _bot.SendAsync(message);
        Assert.Equal(2, _bot.Connector.To("a:29:li").Count); // the welcome and one answer
    }

    [Fact]
    public async Task Malformed_bodies_are_400_and_never_500()
    {
        var client = _bot.CreateClient();
        var bad = await client.PostAsync("/api/messages", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var noType = await client.PostAsync("/api/messages", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
    }
}
