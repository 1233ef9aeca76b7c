using System.Globalization;
using System.Text.Json;
using IronArmy.Core.Leaderboards;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.EndToEnd.Tests;

/// <summary>
/// The manager's coaching tools against the real Playground, with the bot's clock under the test's
/// control (<c>Clock:Controllable</c>, Development only): the manager (the Playground's current user)
/// logs a ride-along with Megan, Megan gets the coaching note in her 1:1 and presses Got it, the manager
/// hears of it; the follow-up does not come the day before its date and comes on it, to both, when the
/// bot's clock is moved on — the team's daily jobs fire on the way through the real scheduler. Then
/// a month passes on the bot's clock and <c>271</c> shows every rep with a tier.
/// </summary>
/// <remarks>
/// The month is lived, its history seeded: the bot's clock is moved on a month and every day's jobs
/// fire on the way (kickoffs, shares, digests, the month's end), but nobody shares recaps during it, so
/// the month of day rollups (what a shared recap writes) for the five mock reps is then written straight
/// into the bot's SQLite file through the data layer, and the reps' join dates moved back — sharing 150
/// recaps through the Playground day by day would take far longer than the rest of the suite. The
/// ride-along, the note, the acknowledgement, the follow-up and the 271 itself all go through the
/// product's real paths. Megan speaks through the Playground's "Mock an Activity" endpoint, as in
/// <see cref="LeaderboardInThePlaygroundTests"/>.
/// </remarks>
public sealed class CoachingInThePlaygroundTests : IAsyncLifetime
{
    private const string Megan = "user-id-1";
    private const string MeganName = "Megan Bowen";
    private const string Private = "PRIVATE: worried about her quota";
    private const string FollowUpWords = "Role-play the price objection together";

    /// <summary>The Playground's five mock reps, best first in the seeded month.</summary>
    private static readonly (string Id, string Name)[] Reps =
    [
        ("user-id-2", "Adele Vance"),
        ("user-id-3", "Isaiah Langer"),
        (Megan, MeganName),
        ("user-id-4", "Patti Fernandez"),
        ("user-id-5", "Lynne Robbins"),
    ];

    /// <summary>A month of the bot's messages (forms, nudges, digests, boards) goes out through the outbox at Teams' rates.</summary>
    private static readonly TimeSpan MonthDeliveredWithin = TimeSpan.FromSeconds(180);

    private BotInThePlayground? _session;

    public async Task InitializeAsync() =>
        _session = await BotInThePlayground.StartAsync(new Dictionary<string, string> { ["Clock__Controllable"] = "true" });

    public async Task DisposeAsync()
    {
        if (_session is not null)
            await _session.DisposeAsync();
    }

    [Fact]
    public async Task A_ride_along_is_acknowledged_followed_up_on_its_date_and_271_shows_the_tiers_after_a_month()
    {
        var session = _session!;
        var playground = session.Playground;
        await session.InstallAsync();
        await playground.InstallBotInTeamAsync();
        var chats = await ChatsAsync(session);
        var meganChat = chats[Megan];

        // Mid-morning in the team's zone: today's kickoff (07:40) is past, the share (18:30) to come.
        // Every day a work day, so the dates below need no calendar.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TeamZones.WhereTheHourIs(10));
        await session.SayAsync("set timezone " + zone.Id);
        await session.SayAsync("set workdays Mon-Sun");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(await session.Bot.UtcNowAsync(), zone).DateTime);
        var followUpOn = today.AddDays(2);

        // The manager logs the ride-along on the form "ride Megan Bowen" opens.
        var replies = await session.SayAsync("ride " + MeganName, until: found => found.Any(r => r.AdaptiveCards.Any()));
        var formMessage = replies.Single(r => r.AdaptiveCards.Any());
        var form = AdaptiveCardForm.Of(formMessage.AdaptiveCards.Single());
        var saved = await playground.ExecuteCardActionAsync(formMessage.Id, form.Execute("ridealong.submit", new Dictionary<string, string>
        {
            ["ride.customer"] = "Acme Trading",
            ["ride.stage"] = "2",
            ["ride.skill"] = "Objection handling",
            ["ride.well"] = "Opened with the customer's own numbers",
            ["ride.change"] = "Stop talking after the price",
            ["ride.followup"] = FollowUpWords,
            ["ride.followup.date"] = followUpOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ride.private"] = Private,
        }));
        Assert.Contains($"Ride-along with {MeganName} saved", saved.GetRawText());

        // Megan's coaching note, in her 1:1, without the private remarks.
        var note = await playground.Recording.WaitForAsync(
            _ => playground.Recording.BotPosts(meganChat).LastOrDefault(e => e.RequestBody.GetRawText().Contains("Coaching note from")),
            BotInThePlayground.SeenWithin);
        Assert.True(note is not null, $"No coaching note reached {MeganName}'s chat.\n{session.Diagnostics()}");
        Assert.Contains("Stop talking after the price", note.RequestBody.GetRawText());
        Assert.DoesNotContain(Private, note.RequestBody.GetRawText());

        // She presses Got it: the card says so, and the manager is told in their own chat.
        var noteCard = AdaptiveCardForm.Of(BotMessage.AdaptiveCardsOf(note.RequestBody).Single());
        var ack = await PressAsMeganAsync(session, meganChat, note.CreatedId!, noteCard.Execute("ridealong.ack", new Dictionary<string, string>()));
        Assert.Contains("✓ Acknowledged", ack.GetRawText());
        Assert.DoesNotContain("\"ridealong.ack\"", ack.GetRawText()); // no second button
        var told = await playground.Recording.WaitForAsync(
            _ => ManagerActivities(playground, chats).FirstOrDefault(a => a.GetRawText().Contains($"{MeganName} acknowledged your coaching note")) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            BotInThePlayground.SeenWithin);
        Assert.True(told is not null, $"The manager was not told of the acknowledgement.\n{session.Diagnostics()}");

        // The day before its date: that day's kickoff form reaches Megan, the follow-up does not.
        await session.Bot.MoveClockToAsync(At(followUpOn.AddDays(-1), 12, zone));
        var dayBefore = await playground.Recording.WaitForAsync(
            _ => playground.Recording.BotActivities(meganChat).FirstOrDefault(a => IsKickoffFormFor(a, followUpOn.AddDays(-1))) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            BotInThePlayground.SeenWithin);
        Assert.True(dayBefore is not null, $"The kickoff of {followUpOn.AddDays(-1)} did not reach {MeganName} after the clock moved.\n{session.Diagnostics()}");
        Assert.DoesNotContain(playground.Recording.BotActivities(meganChat), IsFollowUp);

        // On its date, at the kickoff: to Megan and to the manager, still without the private remarks.
        await session.Bot.MoveClockToAsync(At(followUpOn, 9, zone));
        var followUp = await playground.Recording.WaitForAsync(
            _ => playground.Recording.BotActivities(meganChat).FirstOrDefault(IsFollowUp) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            BotInThePlayground.SeenWithin);
        Assert.True(followUp is not null, $"No follow-up reached {MeganName} on {followUpOn}.\n{session.Diagnostics()}");
        Assert.Contains(FollowUpWords, followUp.Activity.GetRawText());
        Assert.DoesNotContain(Private, followUp.Activity.GetRawText());
        Assert.Single(playground.Recording.BotActivities(meganChat), IsFollowUp);
        var managerFollowUp = await playground.Recording.WaitForAsync(
            _ => ManagerActivities(playground, chats).FirstOrDefault(a => IsFollowUp(a) && a.GetRawText().Contains($"your ride-along with {MeganName}")) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            BotInThePlayground.SeenWithin);
        Assert.True(managerFollowUp is not null, $"No follow-up reached the manager on {followUpOn}.\n{session.Diagnostics()}");

        // A month passes: the bot lives it on its clock, every day's jobs firing on the way. Its history is
        // then put in place, and the manager asks for the 271: every rep with a tier, the best in 2, the rest in 7.
        var monthLater = followUpOn.AddDays(30);
        await session.Bot.MoveClockToAsync(At(monthLater, 12, zone));
        // Lived to its end: the last day's kickoff reaches Megan (after the month's other messages, so a longer bound).
        var lastDay = await playground.Recording.WaitForAsync(
            _ => playground.Recording.BotActivities(meganChat).FirstOrDefault(a => IsKickoffFormFor(a, monthLater)) is { ValueKind: JsonValueKind.Object } found ? new Box(found) : null,
            MonthDeliveredWithin);
        Assert.True(lastDay is not null, $"The kickoff of {monthLater} did not reach {MeganName} after a month on the clock.\n{session.Diagnostics()}");
        await SeedMonthAsync(session.Bot.DatabasePath, monthLater, await session.Bot.UtcNowAsync());
        var tiers = await session.SayAsync("271", until: found => found.Any(r => r.AdaptiveCards.Any()));
        var lines = Texts(tiers.Single(r => r.AdaptiveCards.Any()).AdaptiveCards.Single()).ToList();
        var two = lines.FindIndex(l => l.StartsWith("2 · share and coach", StringComparison.Ordinal));
        var upperSeven = lines.FindIndex(l => l.StartsWith("Upper 7", StringComparison.Ordinal));
        Assert.True(two >= 0 && upperSeven > two, $"The 271 card has no 2 group followed by an upper 7:\n{string.Join('\n', lines)}");
        Assert.Contains(lines, l => l.StartsWith("Lower 7", StringComparison.Ordinal));
        Assert.Matches(@"^1\. Adele Vance · ", lines[two + 1]);
        // Ranked, each once: "3. Megan Bowen · 98 =" (an unranked rep's line says so instead of a rank).
        foreach (var (_, name) in Reps)
            Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^\d+\. {name} · \d+"));
    }

    /// <summary>The 1:1 chat the bot opened with each member when it joined the team, by user id.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ChatsAsync(BotInThePlayground session)
    {
        var chats = await session.Playground.Recording.WaitForAsync(
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

    /// <summary>What the bot sent the manager: in the personal chat the Playground opened, and in any the bot opened with them.</summary>
    private static IEnumerable<JsonElement> ManagerActivities(AgentsPlayground playground, IReadOnlyDictionary<string, string> chats) =>
        playground.Recording.BotActivities(playground.ConversationId)
            .Concat(chats.TryGetValue(AgentsPlayground.UserId, out var chat) ? playground.Recording.BotActivities(chat) : []);

    /// <summary>
    /// Megan presses a button on a card in her 1:1: the <c>adaptiveCard/action</c> invoke the Playground's
    /// renderer sends, sent as her. Returns the card the bot answered with (in place of the old one).
    /// </summary>
    private static async Task<JsonElement> PressAsMeganAsync(BotInThePlayground session, string chatId, string cardMessageId, CardActionClick click)
    {
        var playground = session.Playground;
        var id = "press-" + Guid.NewGuid().ToString("N");
        await playground.SendCustomActivityAsync(new
        {
            type = "invoke",
            name = "adaptiveCard/action",
            id,
            channelId = "msteams",
            serviceUrl = playground.ServiceUrl,
            timestamp = DateTime.UtcNow.ToString("o"),
            locale = "en-US",
            from = new { id = Megan, name = MeganName },
            recipient = new { id = AgentsPlayground.BotId, name = "Test Bot" },
            conversation = new { id = chatId, conversationType = "personal", tenantId = AgentsPlayground.TenantId },
            channelData = new { tenant = new { id = AgentsPlayground.TenantId } },
            replyToId = cardMessageId,
            value = new { action = new { type = click.Type, title = click.Title, verb = click.Verb, data = click.Data } },
        });
        var answered = await playground.Recording.WaitForAsync(
            exchanges => exchanges.LastOrDefault(e => e.IsToBot && e.ActivityId == id),
            BotInThePlayground.SeenWithin);
        Assert.True(answered is not null, $"The Playground did not deliver {MeganName}'s '{click.Verb}'.\n{session.Diagnostics()}");
        Assert.True(answered.Succeeded, $"The bot answered {answered.StatusCode} to {MeganName}'s '{click.Verb}'.\n{session.Diagnostics()}");
        return answered.ResponseBody.GetProperty("value");
    }

    /// <summary>
    /// Day rollups for the 30 days before <paramref name="last"/>, the reps spaced clearly apart (Adele best,
    /// Lynne weakest), and every member's join date two months back so each has the window's due days.
    /// </summary>
    private static async Task SeedMonthAsync(string databasePath, DateOnly last, DateTimeOffset botNow)
    {
        var options = new DbContextOptionsBuilder<SqliteIronArmyDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using var db = new SqliteIronArmyDbContext(options);
        // The mock team's (the personal install before it has a team row of its own).
        var teamId = await db.Members.Where(m => m.TeamsUserId == Megan).Select(m => m.TeamId).SingleAsync();
        var members = await db.Members.Where(m => m.TeamId == teamId).ToDictionaryAsync(m => m.TeamsUserId, m => m.Id);
        for (var d = last.AddDays(-30); d < last; d = d.AddDays(1))
        {
            for (var i = 0; i < Reps.Length; i++)
            {
                var level = Reps.Length - i; // 5 … 1
                db.RepDayRollups.Add(RepDayRollup.Of(teamId, members[Reps[i].Id],
                    new RepDayTally(d, 2 + 2 * level, level, level * level * 1_000_00, 1, level * level * 1_000_00, level / 2, false, false), botNow.UtcDateTime));
            }
        }

        await db.SaveChangesAsync();
        await db.Members.Where(m => m.TeamId == teamId).ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinedAtUtc, botNow.UtcDateTime.AddDays(-60)));
    }

    /// <summary><paramref name="hour"/>:00 on <paramref name="date"/> in the team's (fixed-offset) zone.</summary>
    private static DateTimeOffset At(DateOnly date, int hour, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static bool IsFollowUp(JsonElement activity) => activity.GetRawText().Contains("Follow-up today");

    /// <summary>The kickoff form for a work date: its Submit carries the date.</summary>
    private static bool IsKickoffFormFor(JsonElement activity, DateOnly date)
    {
        var raw = activity.GetRawText();
        return raw.Contains("kickoff.submit", StringComparison.Ordinal) && raw.Contains(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => p.Name == "text" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Texts(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Texts),
        _ => [],
    };

    /// <summary><see cref="PlaygroundRecording.WaitForAsync{T}"/> wants a reference type.</summary>
    private sealed record Box(JsonElement Activity);
}
