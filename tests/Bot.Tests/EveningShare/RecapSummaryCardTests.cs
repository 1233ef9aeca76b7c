using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using static IronArmy.Bot.Tests.EveningShare.RecapSamples;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.EveningShare;

public class RecapSummaryCardTests
{
    private static RecapSummary Summary(Core.EveningShare.Recap recap, bool canEdit = true) =>
        new(WorkDate, "CNY", recap, DayOf(recap), new TimeOnly(18, 42)) { CanEdit = canEdit };

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("en-US", false)]
    [InlineData("zh-CN", true)]
    [InlineData("zh-CN", false)]
    public void Every_variant_is_a_valid_card_within_the_size_limit(string locale, bool full) =>
        AssertValidCard(RecapSummaryCard.Build(Texts.For(locale), Summary(full ? Recap() : Bare())), $"RecapSummary_{full}_{locale}");

    [Fact]
    public void Shows_the_day_against_the_standard_the_moves_and_what_was_signed()
    {
        var words = Words(CardJson.ToJsonElement(RecapSummaryCard.Build(Texts.English, Summary(Recap()))));

        Assert.Contains("3 → 3", words); // 3 planned; 2 planned done + 1 unplanned
        Assert.Contains("3 of 8 · 5 short", words);
        Assert.Contains("Hangzhou Zhongce Tyres: A→signed", words);
        Assert.Contains("Ningbo Port Logistics: B→A", words);
        Assert.Contains("Signed 1 · 88,000 CNY", words);
        Assert.Contains("Valid new (1): Huzhou Silk", words);
        Assert.Contains("Three gatekeepers in a row sent me away.", words);
        Assert.Contains("The team, without my name", words);
        Assert.Contains("Shaoxing Textiles: They keep postponing the meeting.", words);
        Assert.Contains("Jinhua Hardware, Quzhou Cement", words);
    }

    [Fact]
    public void A_signing_stands_out_in_bold_not_in_pale_green_and_reads_alike_in_chinese()
    {
        var json = CardJson.ToJsonElement(RecapSummaryCard.Build(Texts.Chinese, Summary(Recap())));

        var words = Words(json);
        Assert.Contains("客户升级（2）", words);
        Assert.Contains("Hangzhou Zhongce Tyres：A→签单", words);
        Assert.Contains("Ningbo Port Logistics：B→A", words);
        Assert.Contains("签单 1 个 · 88,000 元", words);
        var bold = Objects(json).Where(o => o.TryGetProperty("weight", out var w) && w.GetString() == "bolder").Select(o => o.GetProperty("text").GetString()).ToList();
        Assert.Contains("Hangzhou Zhongce Tyres：A→签单", bold);
        Assert.Contains("签单 1 个 · 88,000 元", bold);
        Assert.DoesNotContain("Ningbo Port Logistics：B→A", bold);
        Assert.DoesNotContain(Objects(json), o => o.TryGetProperty("color", out _));
    }

    [Fact]
    public void Shows_nothing_the_rep_did_not_write()
    {
        var t = Texts.English;
        var words = Words(CardJson.ToJsonElement(RecapSummaryCard.Build(t, Summary(Bare()))));

        foreach (var heading in new[] { "Recap_Vent", "Recap_Win", "Recap_Help", "Recap_Tomorrow" })
            Assert.DoesNotContain(t[heading], words);
        Assert.DoesNotContain(words, w => w.StartsWith("Valid new (", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.StartsWith("Signed ", StringComparison.Ordinal) && w.Contains("CNY", StringComparison.Ordinal));
        Assert.Contains(t["Recap_NoMoves"], words);
    }

    [Theory]
    [InlineData("en-US", "Edit")]
    [InlineData("zh-CN", "修改")]
    public void Offers_edit_only_while_editing_is_allowed(string locale, string edit)
    {
        var t = Texts.For(locale);
        var open = CardJson.ToJsonElement(RecapSummaryCard.Build(t, Summary(Recap())));
        var action = open.GetProperty("actions")[0];
        Assert.Equal("recap.edit", action.GetProperty("verb").GetString());
        Assert.Contains(edit, action.GetProperty("title").GetString());
        Assert.Equal("2026-11-24", action.GetProperty("data").GetProperty("workDate").GetString());

        var closed = CardJson.ToJsonElement(RecapSummaryCard.Build(t, Summary(Recap(), canEdit: false)));
        Assert.False(closed.TryGetProperty("actions", out _));
        Assert.Contains(t["Recap_EditClosed"], Words(closed));
        if (locale == "zh-CN") Assert.Contains(Words(closed), w => w.Contains("对照标准", StringComparison.Ordinal));
    }

    /// <summary>1,500 in the currency's major unit, in its minor units: none for JPY, two digits for CNY.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void The_signed_amount_shows_in_the_teams_currency(string currency, long minor)
    {
        var recap = Recap() with { Planned = [new PlannedVisitResult("Hangzhou Zhongce Tyres", true, true, ClassAfter.Signed, minor), .. Recap().Planned.Skip(1)] };

        var words = Words(CardJson.ToJsonElement(RecapSummaryCard.Build(Texts.English, Summary(recap) with { CurrencyCode = currency })));

        Assert.Contains($"Signed 1 · 1,500 {currency}", words);
    }
}
