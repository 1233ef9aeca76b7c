using IronArmy.Bot.Cards;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Kickoff;

public class KickoffSummaryCardTests
{
    private static KickoffSummary Bare => new(WorkDate, "CNY", Plan(), VisitStandard.Default, new TimeOnly(8, 2)) { CanEdit = true };

    private static KickoffSummary Mirrored => Bare with { Mirror = new TeamMirror(14, 6.5m, 11), Yesterday = new PlanVersusActual(WorkDate.AddDays(-1), 8, 6) };

    public static TheoryData<string, string> Variants() => new()
    {
        { "en-US", "bare" }, { "en-US", "mirror" }, { "en-US", "yesterday" }, { "en-US", "closed" }, { "en-US", "eight" },
        { "zh-CN", "bare" }, { "zh-CN", "mirror" }, { "zh-CN", "yesterday" }, { "zh-CN", "closed" }, { "zh-CN", "eight" },
    };

    private static KickoffSummary Variant(string name) => name switch
    {
        "bare" => Bare,
        "mirror" => Mirrored,
        "yesterday" => Bare with { Yesterday = new PlanVersusActual(WorkDate.AddDays(-1), 8, 6) },
        "closed" => Mirrored with { CanEdit = false },
        _ => Mirrored with { Plan = PlanWithVisits(KickoffInputs.MaxVisits) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_is_a_valid_card_within_the_size_limit(string locale, string variant)
    {
        var card = KickoffSummaryCard.Build(Texts.For(locale), Variant(variant));

        AssertValidCard(card, $"Summary_{variant}_{locale}");
    }

    [Fact]
    public void It_lists_the_targets_with_grouped_amounts_and_the_visits()
    {
        var words = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare)));

        Assert.Contains("1,200,000 CNY · visits 160 · valid new 60", words);
        Assert.Contains("1,234.56 CNY · visits 8 · valid new 3", words);
        Assert.Equal(["09:30", "Hangzhou Zhongce Tyres", "A · 1st KP · Close"], words.Skip(words.IndexOf("09:30")).Take(3));
        Assert.Equal(["—", "Shaoxing Textiles", "New · 1st KP · First contact"], words.Skip(words.IndexOf("—")).Take(3)); // no time planned
        Assert.Contains("Last updated 08:02", words);
    }

    [Fact]
    public void Only_valid_new_customers_get_a_tick_and_the_others_count_as_contacts()
    {
        var words = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare)));

        Assert.Contains("✓ Jiaxing Paper", words);
        Assert.DoesNotContain("✓ Wenzhou Shoes", words);
        Assert.Contains("Wenzhou Shoes — a contact, not counted (no budget)", words);
        Assert.Contains("Valid new customers (1 of 3)", words);
    }

    [Fact]
    public void The_plan_is_set_against_the_standard_line_by_line()
    {
        var words = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare)));

        Assert.Contains("3 of 8 · 5 short", words); // visits
        Assert.Contains("1 of 1 ✓", words); // one A customer
        Assert.Contains("1 of 2 · 1 short", words); // B/C, follow-ups and closing visits
    }

    [Fact]
    public void The_mirror_shows_my_visits_beside_the_team_median_and_highest_and_yesterday_when_known()
    {
        var mirrored = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Mirrored)));
        Assert.Contains("Look in the mirror", mirrored);
        Assert.Equal("3", mirrored[mirrored.IndexOf("My visits") + 1]);
        Assert.Equal("6.5", mirrored[mirrored.IndexOf("Team median") + 1]);
        Assert.Equal("11", mirrored[mirrored.IndexOf("Highest") + 1]);
        Assert.Equal("8 planned · 6 done", mirrored[mirrored.IndexOf("Yesterday") + 1]);

        var bare = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare)));
        Assert.DoesNotContain("Look in the mirror", bare);
        Assert.DoesNotContain("Yesterday", bare);

        var noActualsYet = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Mirrored with { Yesterday = null })));
        Assert.Contains("Team median", noActualsYet);
        Assert.DoesNotContain("Yesterday", noActualsYet);
    }

    [Fact]
    public void The_mirror_says_how_many_plans_it_is_across_with_one_plan_singular()
    {
        Assert.Contains("Across 14 plans in so far today.", Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Mirrored))));
        Assert.Contains("Across 1 plan in so far today.", Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare with { Mirror = new TeamMirror(1, 3, 3) }))));
    }

    [Fact]
    public void A_valid_new_customer_is_ticked_in_the_text_colour()
    {
        var json = CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare));

        var line = Objects(json).Single(o => o.TryGetProperty("text", out var text) && text.GetString() == "✓ Jiaxing Paper");
        Assert.False(line.TryGetProperty("color", out _));
    }

    [Fact]
    public void Edit_is_offered_only_while_editing_is_allowed()
    {
        var open = CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare));
        var edit = open.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.Execute", edit.GetProperty("type").GetString());
        Assert.Equal(KickoffSummaryCard.EditVerb, edit.GetProperty("verb").GetString());
        Assert.Equal("2026-11-24", edit.GetProperty("data").GetProperty("workDate").GetString());
        Assert.Equal(KickoffSummaryCard.EditVerb, edit.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString());

        var closed = CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, Bare with { CanEdit = false }));
        Assert.False(closed.TryGetProperty("actions", out _));
        Assert.DoesNotContain(Objects(closed), o => o.TryGetProperty("verb", out _));
    }

    [Fact]
    public void The_chinese_summary_speaks_chinese()
    {
        var words = string.Join("\n", Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.Chinese, Mirrored))));

        foreach (var word in new[] { "早启动", "目标", "月", "周", "日", "拜访", "有效新客户", "第一KP", "第二KP", "签单", "推进", "初次拜访", "标准", "照镜子", "团队中位数", "最高", "昨天", "1,200,000 元" })
            Assert.Contains(word, words);
    }

    /// <summary>1,500 in the currency's major unit, in its minor units: none for JPY, two digits for CNY.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void The_targets_show_in_the_teams_currency(string currency, long minor)
    {
        var target = new Target(minor, 8, 3);
        var summary = Bare with { CurrencyCode = currency, Plan = Plan() with { Targets = new Targets(target, target with { SignedAmountMinor = minor * 2 }, target with { SignedAmountMinor = minor / 2 }) } };

        var words = Words(CardJson.ToJsonElement(KickoffSummaryCard.Build(Texts.English, summary)));

        Assert.Contains($"1,500 {currency} · visits 8 · valid new 3", words);
        Assert.Contains($"3,000 {currency} · visits 8 · valid new 3", words);
        Assert.Contains($"750 {currency} · visits 8 · valid new 3", words);
    }
}
