using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using static IronArmy.Bot.Tests.EveningShare.RecapSamples;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.EveningShare;

public class DigestCardsTests
{
    private static readonly Dictionary<string, IReadOnlyList<RepDay?>> NoHistory = [];

    private static EveningDigest Digest(IReadOnlyCollection<RepEvening> reps, IReadOnlyDictionary<string, IReadOnlyList<RepDay?>>? earlier = null) =>
        EveningDigest.Of("East Sales", WorkDate, "CNY", VisitStandard.Default, reps, earlier ?? NoHistory);

    private static List<RepEvening> Team() =>
    [
        Shared("m-wang-0001", "Wang Fang", Recap()),
        Shared("m-li-0002", "Li Lei", Bare() with { Vent = new Vent("My manager never listens.", VentVisibility.ManagerOnly) }),
        RepEvening.NotSubmitted("m-zhao-0003", "Zhao Min"),
    ];

    /// <summary>30 reps, every text at its longest: far more than one Teams message holds.</summary>
    private static List<RepEvening> Big() => Enumerable.Range(1, 30).Select(i =>
    {
        var text = Long($"Rep {i:00}", RecapLimits.TextLength);
        var recap = Recap() with
        {
            Vent = new Vent(text, (VentVisibility)(i % 3)),
            Win = new Win(text, WinVisibility.ManagerOnly),
            Help = new HelpRequest(Long($"Customer {i}", 60), text),
        };
        return i % 10 == 0 ? RepEvening.NotSubmitted($"member-{i:00}", $"Rep Name {i:00}") : Shared($"member-{i:00}", $"Rep Name {i:00}", recap);
    }).ToList();

    private static string AllJson(IEnumerable<AdaptiveCard> cards) => string.Join("\n", cards.Select(CardJson.ToJson));

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void A_small_team_fits_one_valid_card(string locale)
    {
        var cards = DigestCards.Build(Texts.For(locale), Digest(Team()));

        var card = Assert.Single(cards);
        AssertValidCard(card, $"Digest_small_{locale}");
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void Thirty_reps_with_long_texts_are_split_into_valid_cards_each_within_the_limit(string locale)
    {
        var t = Texts.For(locale);
        var cards = DigestCards.Build(t, Digest(Big()));

        Assert.True(cards.Count > 1, $"{cards.Count} card(s)");
        for (var i = 0; i < cards.Count; i++)
        {
            var json = AssertValidCard(cards[i], $"Digest_big_{locale}_{i + 1}");
            Assert.Contains(t.Format("Digest_Part", i + 1, cards.Count), Words(json));
        }

        // Nothing is lost in the split: every rep's line, every win and every vent is on some card.
        var words = cards.SelectMany(c => Words(CardJson.ToJsonElement(c))).ToList();
        Assert.All(Big().Where(r => r.Submitted), r =>
        {
            Assert.Contains(r.Name, words);
            Assert.Contains(r.Vent!.Text, words);
            Assert.Contains(words, w => w.Contains(r.Win!.Text, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Shows_totals_rep_lines_who_did_not_share_invites_help_and_vents()
    {
        var t = Texts.English;
        var words = Words(CardJson.ToJsonElement(DigestCards.Build(t, Digest(Team())).Single()));

        Assert.Contains("2 of 3", words); // shared
        Assert.Contains("visits 3/8 (plan 3) · valid new 1 · moves 2 · signed 88,000 CNY ", words);
        Assert.Contains("Did not share (1)", words);
        Assert.Contains("Zhao Min", words);
        Assert.Contains("signed 1 · 88,000 CNY, Ningbo Port Logistics: B→A", words);
        Assert.Contains("“Opened with their own delivery numbers; the objection on price went away.”", words);
        Assert.Contains("Asked about Shaoxing Textiles: They keep postponing the meeting.", words);
        Assert.Contains(words, w => w.Contains(t["Digest_FarBelow"], StringComparison.Ordinal));
        Assert.Contains("My manager never listens.", words);
        Assert.Contains("Three gatekeepers in a row sent me away.", words);
    }

    [Fact]
    public void Three_days_running_below_the_standard_is_called_out()
    {
        var earlier = new Dictionary<string, IReadOnlyList<RepDay?>> { ["m-li-0002"] = [DayOf(Bare()), DayOf(Bare())] };
        var words = Words(CardJson.ToJsonElement(DigestCards.Build(Texts.English, Digest(Team(), earlier)).Single()));

        Assert.Contains(words, w => w.Contains("Below the standard 3 days running", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void An_anonymous_vent_carries_no_name_and_no_member_id(string locale)
    {
        var t = Texts.For(locale);
        var withVent = AllJson(DigestCards.Build(t, Digest(Team())));
        var withoutVent = AllJson(DigestCards.Build(t, Digest([Shared("m-wang-0001", "Wang Fang", Recap() with { Vent = null }), .. Team().Skip(1)])));

        Assert.Contains("Three gatekeepers in a row sent me away.", withVent);
        Assert.Contains(t["Digest_Anonymous"], withVent);
        // The author's name is on their own rep line, as often as when they wrote no vent at all: the vent adds none.
        Assert.Equal(Count(withoutVent, "Wang Fang"), Count(withVent, "Wang Fang"));
        Assert.All(Team(), r => Assert.DoesNotContain(r.MemberId, withVent));

        var big = AllJson(DigestCards.Build(t, Digest(Big())));
        Assert.DoesNotContain("member-", big);
    }

    [Fact]
    public void The_vent_section_names_anonymous_authors_nowhere()
    {
        var json = CardJson.ToJsonElement(DigestCards.Build(Texts.English, Digest(Team())).Single());
        var vent = Objects(json).Single(o => o.TryGetProperty("type", out var type) && type.GetString() == "Container"
            && o.GetProperty("items").EnumerateArray().Any(i => i.TryGetProperty("text", out var text) && text.GetString() == "Three gatekeepers in a row sent me away."));

        Assert.DoesNotContain("Wang", vent.GetRawText());
        var named = Objects(json).Single(o => o.TryGetProperty("type", out var type) && type.GetString() == "Container"
            && o.GetProperty("items").EnumerateArray().Any(i => i.TryGetProperty("text", out var text) && text.GetString() == "My manager never listens."));
        Assert.Contains("Li Lei", named.GetRawText());
    }

    [Fact]
    public void The_chinese_digest_speaks_chinese()
    {
        var words = Words(CardJson.ToJsonElement(DigestCards.Build(Texts.Chinese, Digest(Team())).Single()));

        Assert.Contains(words, w => w.Contains("晚分享汇总", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("倒垃圾", StringComparison.Ordinal));
        Assert.Contains(words, w => w.Contains("拔尖", StringComparison.Ordinal));
        Assert.Contains("匿名", words);
    }

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    /// <summary>1,500 in the currency's major unit, in its minor units: none for JPY, two digits for CNY.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void Signed_amounts_show_in_the_teams_currency(string currency, long minor)
    {
        var recap = Recap() with { Planned = [new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.Signed, minor), .. Recap().Planned.Skip(1)] };
        var digest = EveningDigest.Of("East Sales", WorkDate, currency, VisitStandard.Default, [Shared("m-wang-0001", "Wang Fang", recap)], NoHistory);

        var words = Words(CardJson.ToJsonElement(DigestCards.Build(Texts.English, digest).Single()));

        Assert.Contains($"1 · 1,500 {currency}", words); // the team's total
        Assert.Contains(words, w => w.Contains($"signed 1,500 {currency}", StringComparison.Ordinal)); // the rep's line
        Assert.Contains(words, w => w.Contains($"signed 1 · 1,500 {currency}", StringComparison.Ordinal)); // the invite
    }
}
