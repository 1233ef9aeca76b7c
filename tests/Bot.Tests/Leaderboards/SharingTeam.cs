using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Leaderboards;

/// <summary>
/// A team installed in <see cref="BotHost"/> that works every day, in the zone of the bot's clock
/// (Tuesday 10:00 in Shanghai, so recaps are open), and people who share signings through the recap card.
/// </summary>
internal sealed class SharingTeam(BotHost bot)
{
    public long TeamId { get; private set; }

    /// <summary>The team's zone, the one the bot's clock is set in.</summary>
    public string Zone => BotHost.Zone;

    /// <summary>Today in the team's zone on the bot's clock, as the cards carry it.</summary>
    public string WorkDate { get; private set; } = "";

    public async Task InstallAsync(params TeamsChannelAccount[] roster)
    {
        bot.Connector.Roster.AddRange(roster);
        await bot.SendAsync(TeamsEvents.BotAddedToTeam(locale: "en-US"));
        await bot.SendAsync(TeamsEvents.Personal("29:manager", "set timezone " + Zone));
        await bot.SendAsync(TeamsEvents.Personal("29:manager", "set workdays Mon-Sun"));
        TeamId = await bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        WorkDate = bot.Today(Zone).ToString("yyyy-MM-dd");
    }

    /// <summary>
    /// <paramref name="userId"/> submits today's recap with one unplanned closing visit signed for
    /// <paramref name="amount"/> as typed; returns the words of the summary that replaces the card.
    /// </summary>
    public async Task<string> ShareSignedAsync(string userId, string customer, string amount)
    {
        var data = new Dictionary<string, object>
        {
            ["workDate"] = WorkDate,
            ["unplanned.1.customer"] = customer, ["unplanned.1.type"] = "closing", ["unplanned.1.class"] = "signed",
            ["unplanned.1.kp"] = "true", ["unplanned.1.amount"] = amount,
        };
        var response = await bot.PostAsync(new
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
        var card = body.GetProperty("value").GetRawText();
        Assert.Contains("recap.edit", card); // the summary, so it was stored
        await bot.DrainAsync();
        return card;
    }

    /// <summary>The last message <paramref name="userId"/> got in their 1:1 chat after saying <paramref name="text"/> there.</summary>
    public async Task<Activity> AskAsync(string userId, string text, string locale = "en-US")
    {
        var before = bot.Connector.To("a:" + userId).Count;
        await bot.SendAsync(TeamsEvents.Personal(userId, text, locale));
        var replies = bot.Connector.To("a:" + userId);
        Assert.True(replies.Count > before, $"No answer to '{text}'.");
        return replies[^1].Activity;
    }

    public IReadOnlyList<FakeConnector.Sent> Channel => bot.Connector.To(TeamsEvents.TeamId);
}
