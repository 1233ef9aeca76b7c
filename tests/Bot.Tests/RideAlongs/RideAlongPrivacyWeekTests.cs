using System.Net.Http.Json;
using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.RideAlongs;
using IronArmy.Bot.Tests.Conversations;
using IronArmy.Core.RideAlongs;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Tests.RideAlongs;

/// <summary>
/// A simulated week of ride-alongs (Tuesday to the next Tuesday, every ritual firing on the way):
/// each day the manager logs one with private remarks, reps acknowledge, follow-ups come due, the
/// manager asks for coaching in the channel and in 1:1. No private remark ever reaches a rep or the
/// channel, in any message the bot sent or any card it answered with.
/// </summary>
public sealed class RideAlongPrivacyWeekTests : IAsyncLifetime
{
    private const string Manager = "29:manager";
    private static readonly string[] Reps = ["29:li", "29:han", "29:sun"];

    private readonly BotHost _bot = new();
    private readonly List<(string To, string Json)> _answers = [];
    private Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        _bot.Connector.Roster.AddRange(
        [
            new TeamsChannelAccount { Id = Manager, Name = "Wang Fang" },
            new TeamsChannelAccount { Id = "29:li", Name = "Li Lei" },
            new TeamsChannelAccount { Id = "29:han", Name = "Han Meimei" },
            new TeamsChannelAccount { Id = "29:sun", Name = "Sun Li" },
        ]);
        await _bot.SendAsync(TeamsEvents.BotAddedToTeam());
        await _bot.SendAsync(TeamsEvents.Personal(Manager, "set timezone " + BotHost.Zone));
        _ids = await _bot.WithDbAsync(db => db.Members.ToDictionaryAsync(m => m.TeamsUserId, m => m.Id));
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private static string Remark(int day) => $"SECRET-REMARK-{day}";

    private async Task<JsonElement> PressAsync(string userId, string verb, Dictionary<string, object> data, string locale)
    {
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
        var card = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        _answers.Add(("a:" + userId, card.GetRawText()));
        await _bot.DrainAsync();
        return card;
    }

    [Fact]
    public async Task Over_a_week_no_private_coaching_remark_reaches_a_rep_or_the_channel()
    {
        for (var day = 0; day < 7; day++)
        {
            var rep = Reps[day % Reps.Length];
            var today = _bot.Today();
            var locale = day % 2 == 0 ? "en-US" : "zh-CN";
            await PressAsync(Manager, RideAlongCard.SubmitVerb, new()
            {
                ["lang"] = locale,
                [RideAlongInputs.Rep] = _ids[rep].ToString(System.Globalization.CultureInfo.InvariantCulture),
                [RideAlongInputs.Customer] = "Customer " + day,
                [RideAlongInputs.Stage] = ((day % 4) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [RideAlongInputs.Skill] = day % 2 == 0 ? "Objection handling" : "Opening",
                [RideAlongInputs.OneChange] = "Change " + day,
                [RideAlongInputs.FollowUp] = "Follow up " + day,
                [RideAlongInputs.FollowUpOn] = today.AddDays(day % 3).ToString("yyyy-MM-dd"),
                [RideAlongInputs.PrivateRemarks] = Remark(day),
            }, locale);
            // A refused one too: its remarks come back to the manager only.
            await PressAsync(Manager, RideAlongCard.SubmitVerb, new() { [RideAlongInputs.PrivateRemarks] = Remark(day) + "-refused", [RideAlongInputs.Stage] = "9" }, locale);
            // A rep trying to submit someone's remarks gets nothing stored and nothing sent.
            await PressAsync(rep, RideAlongCard.SubmitVerb, new() { [RideAlongInputs.PrivateRemarks] = "rep-typed" }, locale);

            var id = await _bot.WithDbAsync(db => db.Set<IronArmy.Data.RideAlongs.RideAlongEntry>().MaxAsync(r => r.Id));
            await PressAsync(rep, CoachingNoteCard.AcknowledgeVerb, new() { [CoachingNoteCard.RideAlongIdKey] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, locale);

            await _bot.SendAsync(TeamsEvents.InChannel(Manager, "coaching", (rep, "Rep")));
            await _bot.SendAsync(TeamsEvents.InChannel(Manager, "ride"));
            await _bot.SendAsync(TeamsEvents.Personal(Manager, "status", locale));
            await _bot.SendAsync(TeamsEvents.Personal(rep, "coaching", locale));
            await _bot.AdvanceAsync(TimeSpan.FromDays(1));
            await _bot.DrainAsync();
        }

        Assert.Equal(7, await _bot.WithDbAsync(db => db.Set<IronArmy.Data.RideAlongs.RideAlongEntry>().CountAsync()));
        var said = _bot.Connector.Messages.Select(m => (To: m.ConversationId, Json: JsonSerializer.Serialize(m.Activity))).Concat(_answers).ToList();
        Assert.Contains(said, m => m.To == "a:" + Manager && m.Json.Contains(Remark(0))); // the manager's own copy has them
        Assert.Contains(said, m => m.To != "a:" + Manager && m.Json.Contains("Change 0")); // the rep got the coaching
        Assert.Contains(said, m => m.To != "a:" + Manager && m.Json.Contains("Follow up 2")); // and a follow-up
        foreach (var (to, json) in said.Where(m => m.To != "a:" + Manager))
            Assert.False(json.Contains("SECRET-REMARK", StringComparison.Ordinal), $"A private remark reached {to}: {json}");
        Assert.DoesNotContain(_bot.Connector.Messages, m => m.ConversationId.StartsWith(TeamsEvents.TeamId, StringComparison.Ordinal)
            && (BotHost.Words(m.Activity).Contains("Change ") || BotHost.Words(m.Activity).Contains("Objection handling")));
    }
}
