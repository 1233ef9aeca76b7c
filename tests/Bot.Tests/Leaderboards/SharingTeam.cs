using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.Leaderboards;

/// <summary>
/// A team installed in <see cref="BotHost"/> that works every day in a zone where it is about noon,
/// so recaps are open whenever the tests run, and people who share signings through the recap card.
/// </summary>
internal sealed class SharingTeam(BotHost bot)
{
    public long TeamId { get; private set; }

    /// <summary>The team's zone: an Etc/GMT zone where it is about noon.</summary>
    public string Zone { get; } = NoonZone();

    /// <summary>Today in the team's zone, as the cards carry it.</summary>
    public string WorkDate { get; private set; } = "";

    public async Task InstallAsync(params TeamsChannelAccount[] roster)
    {
        bot.Connector.Roster.AddRange(roster);
        await bot.SendAsync(TeamsEvents.BotAddedToTeam(locale: "en-US"));
        var zone = Zone;
        await bot.SendAsync(TeamsEvents.Personal("29:manager", "set timezone " + zone));
        await bot.SendAsync(TeamsEvents.Personal("29:manager", "set workdays Mon-Sun"));
        TeamId = await bot.WithDbAsync(db => db.Teams.Select(t => t.Id).SingleAsync());
        WorkDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone))).ToString("yyyy-MM-dd");
    }

    /// <summary>An Etc/GMT zone where the local hour is about 12 now (Etc/GMT-5 is UTC+5).</summary>
    private static string NoonZone()
    {
        var offset = 12 - DateTime.UtcNow.Hour;
        if (offset > 12) offset -= 24;
        if (offset < -11) offset += 24;
        return offset == 0 ? "Etc/GMT" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
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
