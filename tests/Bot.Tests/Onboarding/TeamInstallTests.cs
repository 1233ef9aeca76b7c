using IronArmy.Bot.Tests.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Core.Teams;
using IronArmy.Data.Delivery;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Onboarding;

public sealed class TeamInstallTests : IAsyncLifetime
{
    private readonly BotHost _bot = new();

    public Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = "29:manager", Name = "Wang Fang", AadObjectId = "aad-29:manager" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei", AadObjectId = "aad-li" },
            new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei", AadObjectId = "aad-han" },
            new TeamsChannelAccount { Id = "28:bot-app", Name = "IronArmy" },
        ]);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Adding_the_bot_to_a_team_onboards_everyone_once()
    {
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());

        var team = await _bot.WithDbAsync(db => db.Teams.Include(t => t.Members).SingleAsync());
        Assert.Equal("East Region Sales", team.Name);
        Assert.Equal(TeamsEvents.TeamId, team.ChannelId);
        Assert.Equal("zh-CN", team.Locale);
        Assert.Equal(MemberRole.Manager, team.Members.Single(m => m.TeamsUserId == "29:manager").Role);
        Assert.Equal([MemberRole.Rep, MemberRole.Rep], team.Members.Where(m => m.TeamsUserId != "29:manager").Select(m => m.Role));
        Assert.DoesNotContain(team.Members, m => m.TeamsUserId.StartsWith("28:", StringComparison.Ordinal));

        // The channel hears about the rhythm, with the first manager @mentioned.
        var channel = Assert.Single(_bot.Connector.To(TeamsEvents.TeamId));
        var channelCard = BotHost.CardOf(channel.Activity)!.Value;
        AdaptiveCardSchema.AssertValid(channelCard);
        Assert.Contains("早启动", BotHost.Words(channel.Activity));
        Assert.Contains("<at>Wang Fang</at>", BotHost.Words(channel.Activity));
        Assert.Equal("29:manager", channelCard.GetProperty("msteams").GetProperty("entities")[0].GetProperty("mentioned").GetProperty("id").GetString());

        // Every person gets a 1:1 chat and one welcome in it.
        Assert.Equal(["29:han", "29:li", "29:manager"], _bot.Connector.Conversations.Select(c => c.Parameters.Members![0].Id!).Order());
        Assert.All(_bot.Connector.Conversations, c => Assert.Equal(BotHost.TenantId, c.Parameters.TenantId));
        foreach (var person in new[] { "29:manager", "29:li", "29:han" })
        {
            var welcome = Assert.Single(_bot.Connector.To("a:" + person));
            AdaptiveCardSchema.AssertValid(BotHost.CardOf(welcome.Activity)!.Value);
        }

        Assert.Contains("Wang Fang", BotHost.Words(_bot.Connector.To("a:29:manager")[0].Activity));
        Assert.Equal(3, _bot.Connector.Messages.Count(m => m.ConversationId.StartsWith("a:", StringComparison.Ordinal)));

        // The team's rituals are scheduled in its zone.
        var next = await _bot.Service<TeamSchedules>().NextFiresAsync(team.Id);
        Assert.Equal([Ritual.Kickoff, Ritual.EveningShare, Ritual.Digest], next.Keys.Order());
        var kickoffLocal = TimeZoneInfo.ConvertTimeFromUtc(next[Ritual.Kickoff], TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(new TimeOnly(7, 40), TimeOnly.FromDateTime(kickoffLocal));
    }

    [Fact]
    public async Task The_channel_welcome_names_the_installer_from_the_roster_when_the_event_has_no_name()
    {
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam(installerName: ""));

        var channel = Assert.Single(_bot.Connector.To(TeamsEvents.TeamId));
        Assert.Contains("<at>Wang Fang</at>", BotHost.Words(channel.Activity));
        AdaptiveCardSchema.AssertValid(BotHost.CardOf(channel.Activity)!.Value);
    }

    [Fact]
    public async Task A_repeated_or_redelivered_install_changes_nothing_and_sends_nothing_twice()
    {
        var install = TeamsEvents.BotAddedToTeam(id: "install-1");
        await _bot.SendAsync(install);
        var sent = _bot.Connector.Messages.Count;
        var members = await _bot.WithDbAsync(db => db.Members.CountAsync());

        await _bot.SendAsync(install);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());

        Assert.Equal(sent, _bot.Connector.Messages.Count);
        Assert.Equal(members, await _bot.WithDbAsync(db => db.Members.CountAsync()));
        Assert.Equal(1, await _bot.WithDbAsync(db => db.Teams.CountAsync()));
        Assert.Equal(3, _bot.Connector.Conversations.Count);
    }

    [Fact]
    public async Task People_joining_later_are_welcomed_and_leavers_are_retired_not_deleted()
    {
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        _bot.Connector.Roster.Add(new TeamsChannelAccount { Id = "29:zhao", Name = "Zhao Qiang" });

        await _bot.SendAsync(TeamsEvents.MembersChanged(added: ["29:zhao"], removed: []));
        var zhao = Assert.Single(_bot.Connector.To("a:29:zhao"));
        Assert.Contains("Zhao Qiang", BotHost.Words(zhao.Activity));

        _bot.Connector.Roster.RemoveAll(p => p.Id == "29:li");
        await _bot.SendAsync(TeamsEvents.MembersChanged(added: [], removed: ["29:li"]));
        var li = await _bot.WithDbAsync(db => db.Members.SingleAsync(m => m.TeamsUserId == "29:li"));
        Assert.False(li.IsActive);
        Assert.NotNull(li.LeftAtUtc);
        Assert.Single(_bot.Connector.To("a:29:li"));
    }

    [Fact]
    public async Task Uninstalling_deactivates_the_team_and_its_schedule_but_keeps_its_data()
    {
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.BotRemovedFromTeam());

        var team = await _bot.WithDbAsync(db => db.Teams.Include(t => t.Members).SingleAsync());
        Assert.False(team.IsActive);
        Assert.NotNull(team.UninstalledAtUtc);
        Assert.Equal(3, team.Members.Count);
        Assert.Empty(await _bot.Service<TeamSchedules>().NextFiresAsync(team.Id));
        Assert.True(await _bot.WithDbAsync(db => db.Outbox.AnyAsync(o => o.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task A_personal_install_registers_the_person()
    {
        await _bot.SendAsync(TeamsEvents.PersonalInstall("29:solo", "Zhou Jie", "zh-CN"));

        var member = await _bot.WithDbAsync(db => db.Members.Include(m => m.Team).SingleAsync());
        Assert.Equal("a:29:solo", member.PersonalConversationId);
        Assert.Equal("zh-CN", member.Locale);
        var welcome = Assert.Single(_bot.Connector.To("a:29:solo"));
        Assert.Contains("欢迎", BotHost.Words(welcome.Activity));
        Assert.Empty(_bot.Connector.Conversations);
    }
}
