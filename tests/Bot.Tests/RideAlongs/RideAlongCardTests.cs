using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Bot.RideAlongs;
using IronArmy.Bot.Tests.Cards;
using IronArmy.Bot.Tests.Kickoff;
using IronArmy.Core.Forms;
using IronArmy.Core.RideAlongs;

namespace IronArmy.Bot.Tests.RideAlongs;

/// <summary>Every ride-along card, in both languages: valid Adaptive Card 1.5, under Teams' 28 KB at the most it can hold, problems marked in the reader's words.</summary>
public class RideAlongCardTests
{
    public static TheoryData<string> Locales => ["en-US", "zh-CN"];

    private static readonly DateOnly Today = new(2026, 6, 9);

    /// <summary>Every field at its longest, in characters that take three bytes each.</summary>
    private static RideAlong Longest() => new(
        11, new string('客', RideAlongLimits.MaxCustomerLength), CoachingStage.YouSayIListen, new string('技', RideAlongLimits.MaxSkillLength),
        new string('好', RideAlongLimits.MaxTextLength), new string('改', RideAlongLimits.MaxTextLength), new string('跟', RideAlongLimits.MaxTextLength),
        Today.AddDays(3), new string('私', RideAlongLimits.MaxTextLength));

    private static readonly IReadOnlyList<RepChoice> Team = [.. Enumerable.Range(1, 60).Select(i => new RepChoice(i, "销售代表" + i))];

    private static JsonElement Json(AdaptiveCard card)
    {
        var json = CardJson.ToJsonElement(card);
        AdaptiveCardSchema.AssertValid(json);
        Assert.InRange(CardJson.Utf8Size(card), 1, CardJson.MaxCardBytes);
        return json;
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_card_is_valid_and_fits_at_its_fullest(string locale)
    {
        var t = Texts.For(locale);
        var ride = Longest();
        var values = RideAlongForm.Values(ride);
        var problems = RideAlongInputs.All.Select(id => new FieldProblem(id, FieldProblemKind.TooLong)).ToList();
        Json(RideAlongCard.Build(t, new RideAlongFormView(Today, Team, values, [], [.. Enumerable.Range(1, 8).Select(i => new string('客', 100))], [])));
        Json(RideAlongCard.Build(t, new RideAlongFormView(Today, Team, values, problems, [], ["line one", "line two"])));
        Json(CoachingNoteCard.Build(t, 1, "王芳", Today, ride.Note));
        Json(CoachingNoteCard.Build(t, 1, "王芳", Today, ride.Note, new DateTime(2026, 6, 9, 12, 0, 0)));
        Json(RideAlongCards.Saved(t, "李雷", ride, new RideAlongRhythm(2, 3, Today, Today.AddDays(6))));
        Json(RideAlongCards.FollowUp(t, true, "王芳", Today, ride.Note));
        Json(RideAlongCards.FollowUp(t, false, "李雷", Today, ride.Note));
        var steps = Enumerable.Range(0, 200).Select(i => new CoachingStep(Today.AddDays(-i), "技能" + (i % 20), (CoachingStage)(i % 4 + 1)));
        Json(RideAlongCards.History(t, "李雷", SkillProgression.Of(steps), 200));
        Json(RideAlongCards.History(t, "李雷", [], 0));
        Json(RideAlongCards.Overview(t, [.. Team.Select(r => (r.Name, (DateOnly?)Today))]));
    }

    [Theory]
    [InlineData("en-US", "Not on the team: pick someone from the list", "Pick one of the choices", "That date has passed: pick today or later", "Too long: at most 500 characters")]
    [InlineData("zh-CN", "不是团队成员，请从列表中选择", "请从选项中选择", "日期已过，请选择今天或以后", "内容过长：最多 500 个字")]
    public void Problems_are_marked_in_the_readers_language_and_the_words_are_kept(string locale, string unknownRep, string unknownStage, string past, string tooLong)
    {
        var words = new Dictionary<string, string>
        {
            [RideAlongInputs.Rep] = "99", [RideAlongInputs.Stage] = "5", [RideAlongInputs.FollowUpOn] = "2026-06-01",
            [RideAlongInputs.OneChange] = new string('x', 600), [RideAlongInputs.Skill] = "Objection handling",
        };
        var problems = new List<FieldProblem>
        {
            new(RideAlongInputs.Rep, FieldProblemKind.UnknownChoice), new(RideAlongInputs.Stage, FieldProblemKind.UnknownChoice),
            new(RideAlongInputs.OneChange, FieldProblemKind.TooLong), new(RideAlongInputs.FollowUpOn, FieldProblemKind.InThePast),
        };
        var json = Strings(Json(RideAlongCard.Build(Texts.For(locale), new RideAlongFormView(Today, Team, words, problems, [], []))));
        foreach (var message in new[] { unknownRep, unknownStage, past, tooLong }) Assert.Contains(message, json);
        Assert.Contains("Objection handling", json);
        Assert.Contains(new string('x', 600), json);
    }

    [Theory]
    [InlineData("en-US", "Pick a date: today or later")]
    [InlineData("zh-CN", "请选择日期：今天或以后")]
    public void The_follow_up_date_offers_today_or_later_and_says_so_when_the_client_refuses_one(string locale, string message)
    {
        var json = Json(RideAlongCard.Build(Texts.For(locale), new RideAlongFormView(Today, Team, new Dictionary<string, string>(), [], [], [])));
        var date = KickoffSamples.Inputs(json)[RideAlongInputs.FollowUpOn];

        Assert.Equal("2026-06-09", date.GetProperty("min").GetString());
        Assert.True(date.GetProperty("isRequired").GetBoolean());
        Assert.Equal(message, date.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public void The_note_has_no_room_for_private_remarks_and_one_button_until_acknowledged()
    {
        var ride = Longest() with { PrivateRemarks = "PRIVATE-REMARK" };
        var note = Json(CoachingNoteCard.Build(Texts.English, 7, "Wang Fang", Today, ride.Note));
        Assert.DoesNotContain("PRIVATE-REMARK", Strings(note));
        var action = Assert.Single(note.GetProperty("actions").EnumerateArray());
        Assert.Equal(CoachingNoteCard.AcknowledgeVerb, action.GetProperty("verb").GetString());
        Assert.Equal("7", action.GetProperty("data").GetProperty(CoachingNoteCard.RideAlongIdKey).GetString());
        var acknowledged = Json(CoachingNoteCard.Build(Texts.English, 7, "Wang Fang", Today, ride.Note, new DateTime(2026, 6, 9, 12, 0, 0)));
        Assert.False(acknowledged.TryGetProperty("actions", out _));
        Assert.Contains("Acknowledged", Strings(acknowledged));
    }

    [Fact]
    public void The_history_shows_each_skills_stages_in_order()
    {
        var steps = new[]
        {
            new CoachingStep(Today.AddDays(-9), "Objection handling", CoachingStage.ISayYouListen),
            new CoachingStep(Today.AddDays(-5), "Objection handling", CoachingStage.IDoYouWatch),
            new CoachingStep(Today, "Objection handling", CoachingStage.YouSayIListen),
        };
        var json = Strings(Json(RideAlongCards.History(Texts.English, "Li Lei", SkillProgression.Of(steps), 3)));
        Assert.Contains("**Objection handling**: 1 → 2 → 3 (now You explain, I listen)", json);
    }

    /// <summary>Every string in the card, one a line: what a reader can see or a client sends back.</summary>
    internal static string Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()! + "\n",
        JsonValueKind.Object => string.Concat(e.EnumerateObject().Select(p => Strings(p.Value))),
        JsonValueKind.Array => string.Concat(e.EnumerateArray().Select(Strings)),
        _ => "",
    };
}
