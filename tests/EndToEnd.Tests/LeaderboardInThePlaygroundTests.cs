using System.Text.Json;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// 标杆 against the real Playground: the bot is installed in the mock team, three of its mock users
/// share evening recaps with different signed amounts, the manager's <c>board now</c> puts the board
/// in the team channel in the right order, and the shout-out post @mentions the top signer.
/// </summary>
/// <remarks>
/// The Playground's chat box always speaks as its current user (the manager here). The reps speak
/// through its "Mock an Activity" endpoint, which forwards custom activity JSON to the bot as it is:
/// their recap submits are the same <c>adaptiveCard/action</c> invokes its card renderer sends, in
/// the 1:1 chats the bot opened with them. Everything the bot sends goes through the Playground's
/// connector and is read back from its recording.
/// </remarks>
public sealed class LeaderboardInThePlaygroundTests : IAsyncLifetime
{
    // Shout-outs are batched at most one post per interval; one minute is the shortest setting.
    private static readonly TimeSpan ShoutOutWithin = TimeSpan.FromSeconds(150);

    private static readonly (string Id, string Name, string Customer, string Amount)[] Reps =
    [
        ("user-id-1", "Megan Bowen", "Acme Trading", "50000"),
        ("user-id-2", "Adele Vance", "Blue Sky Tech", "120000"),
        ("user-id-3", "Isaiah Langer", "Golden Gate", "80000"),
    ];

    private BotInThePlayground? _session;

    public async Task InitializeAsync() => _session = await BotInThePlayground.StartAsync();

    public async Task DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync();
    }

    [Fact]
    public async Task Three_reps_signings_rank_on_the_channel_board_and_the_top_signer_is_mentioned()
    {
        var session = _session!;
        var playground = session.Playground;
        await session.InstallAsync();
        await playground.InstallBotInTeamAsync();
        var chats = await RepChatsAsync(session);

        // The manager (the Playground's current user installed the bot) sets the team up: a day that is
        // open whenever the test runs, and the shortest shout-out interval.
        var zone = NoonZone();
        await session.SayAsync("set timezone " + zone);
        await session.SayAsync("set workdays Mon-Sun");
        await session.SayAsync("set shoutouts every 1");
        var workDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)));

        foreach (var rep in Reps)
            await ShareRecapAsync(session, rep.Id, rep.Name, chats[rep.Id], workDate, rep.Customer, rep.Amount);

        await session.SayAsync("board now");
        var board = await playground.Recording.WaitForAsync(
            exchanges => ChannelCards(playground).FirstOrDefault(c => Lines(c).Count > 0) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            BotInThePlayground.SeenWithin);
        Assert.True(board is not null, $"No board reached the team channel.\n{session.Diagnostics()}");
        Assert.Equal(["🥇 Adele Vance", "🥈 Isaiah Langer", "🥉 Megan Bowen"], Lines(board.Card));

        var shoutOut = await playground.Recording.WaitForAsync(
            exchanges => ChannelCards(playground).FirstOrDefault(IsShoutOut) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            ShoutOutWithin);
        Assert.True(shoutOut is not null, $"No shout-out reached the team channel within {ShoutOutWithin.TotalSeconds:0} s.\n{session.Diagnostics()}");
        var mentions = shoutOut.Card.GetProperty("msteams").GetProperty("entities").EnumerateArray()
            .Select(e => (Id: e.GetProperty("mentioned").GetProperty("id").GetString(), Text: e.GetProperty("text").GetString()))
            .ToList();
        Assert.Contains(("user-id-2", "<at>Adele Vance</at>"), mentions);
        Assert.Contains("<at>Adele Vance</at>", shoutOut.Card.GetRawText());
    }

    /// <summary>The 1:1 chat the bot opened with each rep when it joined the team (its welcome), by user id.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> RepChatsAsync(BotInThePlayground session)
    {
        var recording = session.Playground.Recording;
        var chats = await recording.WaitForAsync(
            exchanges =>
            {
                var found = exchanges
                    .Where(e => e.IsFromBot && e.ActivityName == "createConversation" && e.Succeeded && e.CreatedId is not null)
                    .Select(e => (User: e.RequestBody.GetProperty("members")[0].GetProperty("id").GetString()!, Chat: e.CreatedId!))
                    .GroupBy(c => c.User)
                    .ToDictionary(g => g.Key, g => g.First().Chat);
                return Reps.All(r => found.ContainsKey(r.Id)) ? found : null;
            },
            BotInThePlayground.SeenWithin);
        Assert.True(chats is not null, $"The bot did not open a 1:1 chat with every rep after joining the team.\n{session.Diagnostics()}");
        return chats;
    }

    /// <summary>
    /// The rep presses Submit on the recap card with one closing visit signed: the invoke the Playground's
    /// renderer sends for an Action.Execute, sent as that rep from their 1:1 chat.
    /// </summary>
    private static async Task ShareRecapAsync(
        BotInThePlayground session, string userId, string name, string chatId, DateOnly workDate, string customer, string amount)
    {
        var playground = session.Playground;
        var id = "recap-" + Guid.NewGuid().ToString("N");
        await playground.SendCustomActivityAsync(new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id,
            channelId = "msteams",
            serviceUrl = playground.ServiceUrl,
            timestamp = DateTime.UtcNow.ToString("o"),
            locale = "en-US",
            from = new { id = userId, name },
            recipient = new { id = AgentsPlayground.BotId, name = "Test Bot" },
            conversation = new { id = chatId, conversationType = "personal", tenantId = AgentsPlayground.TenantId },
            channelData = new { tenant = new { id = AgentsPlayground.TenantId } },
            value = new
            {
                action = new
                {
                    type = "Action.Execute",
                    verb = "recap.submit",
                    data = new Dictionary<string, string>
                    {
                        ["workDate"] = workDate.ToString("yyyy-MM-dd"),
                        ["unplanned.1.customer"] = customer,
                        ["unplanned.1.type"] = "closing",
                        ["unplanned.1.class"] = "signed",
                        ["unplanned.1.kp"] = "true",
                        ["unplanned.1.amount"] = amount,
                    },
                },
            },
        });

        // The bot's answer to an invoke is its HTTP response: the summary card in place of the form.
        var answered = await playground.Recording.WaitForAsync(
            exchanges => exchanges.LastOrDefault(e => e.IsToBot && e.ActivityId == id),
            BotInThePlayground.SeenWithin);
        Assert.True(answered is not null, $"The Playground did not deliver {name}'s recap.\n{session.Diagnostics()}");
        Assert.True(answered.Succeeded, $"The bot answered {answered.StatusCode} to {name}'s recap.\n{session.Diagnostics()}");
        Assert.Contains("recap.edit", answered.ResponseBody.GetRawText()); // the summary: stored
    }

    /// <summary>A shout-out post opens with 🎉 (the channel's welcome also mentions people: its managers).</summary>
    private static bool IsShoutOut(JsonElement card) =>
        card.TryGetProperty("msteams", out _) && Texts(card).FirstOrDefault()?.StartsWith("🎉", StringComparison.Ordinal) == true;

    private static IEnumerable<JsonElement> ChannelCards(AgentsPlayground playground) =>
        playground.Recording.BotActivities(AgentsPlayground.TeamChannelId).SelectMany(BotMessage.AdaptiveCardsOf);

    /// <summary>A board card's lines, top to bottom: each starts with a medal or a rank number.</summary>
    private static List<string> Lines(JsonElement card) =>
        Texts(card).Where(w => new[] { "🥇 ", "🥈 ", "🥉 " }.Any(m => w.StartsWith(m, StringComparison.Ordinal))).ToList();

    private static IEnumerable<string> Texts(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => p.Name == "text" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Texts(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Texts),
        _ => [],
    };

    /// <summary>An Etc/GMT zone where the local hour is about 12 now, so the day's recaps are open (Etc/GMT-5 is UTC+5).</summary>
    private static string NoonZone()
    {
        var offset = 12 - DateTime.UtcNow.Hour;
        if (offset > 12) offset -= 24;
        if (offset < -11) offset += 24;
        return offset == 0 ? "Etc/GMT" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
    }

    /// <summary><see cref="PlaygroundRecording.WaitForAsync{T}"/> wants a reference type.</summary>
    private sealed record Box(JsonElement Card);
}
