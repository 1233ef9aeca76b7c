using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Tests.Resources;

public partial class TextsTests
{
    private static Dictionary<string, string> Load(string culture)
    {
        var manager = new ResourceManager("IronArmy.Bot.Resources.Texts", typeof(Texts).Assembly);
        var set = manager.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void Every_text_exists_in_both_languages_with_the_same_placeholders()
    {
        var en = Load("");
        var zh = Load("zh-CN");
        Assert.NotEmpty(en);
        Assert.Equal(en.Keys.Order(), zh.Keys.Order());
        foreach (var (key, english) in en)
        {
            Assert.False(string.IsNullOrWhiteSpace(english), key);
            Assert.False(string.IsNullOrWhiteSpace(zh[key]), key);
            Assert.Equal(Placeholders(english), Placeholders(zh[key]));
        }
    }

    [Fact]
    public void Chinese_texts_are_chinese_and_english_texts_are_not()
    {
        var en = Load("");
        var zh = Load("zh-CN");
        Assert.All(en, kv => Assert.DoesNotMatch(Cjk(), kv.Value));
        // Time-zone ids and command words may stay Latin; every sentence-length text must carry Chinese.
        Assert.All(zh.Where(kv => kv.Value.Length > 12), kv => Assert.Matches(Cjk(), kv.Value));
    }

    [Theory]
    [InlineData("zh-CN", "帮助")]
    [InlineData("zh-TW", "帮助")]
    [InlineData("en-US", "help")]
    [InlineData("fr-FR", "help")]
    [InlineData(null, "help")]
    public void The_language_follows_the_teams_locale(string? locale, string expectedWord) =>
        Assert.Contains(expectedWord, Texts.For(locale)["Welcome_HelpHint"]);

    [Fact]
    public void Every_text_for_one_thing_has_its_text_for_several()
    {
        var en = Load("");
        var singular = en.Keys.Where(k => k.EndsWith("_One", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(singular);
        Assert.All(singular, k => Assert.Equal(Placeholders(en[k[..^"_One".Length]]), Placeholders(en[k])));
        Assert.Equal("Across 1 plan in so far today.", Texts.English.FormatCount("Kickoff_MirrorBasis", 1, 1));
        Assert.Equal("Across 6 plans in so far today.", Texts.English.FormatCount("Kickoff_MirrorBasis", 6, 6));
        Assert.Equal("基于今天已提交的 1 份计划。", Texts.Chinese.FormatCount("Kickoff_MirrorBasis", 1, 1));
    }

    [Fact]
    public void Chinese_names_a_valid_new_customer_one_way()
    {
        var zh = Load("zh-CN");
        Assert.DoesNotContain(zh, kv => kv.Value.Contains("有效新增", StringComparison.Ordinal));
        Assert.Contains(zh, kv => kv.Value.Contains("有效新客户", StringComparison.Ordinal));
    }

    [Fact]
    public void Amounts_name_the_currency_as_the_reader_does()
    {
        Assert.Equal("18,000 元", Texts.Chinese.Money(1_800_000, "CNY"));
        Assert.Equal("签单额（元）", Texts.Chinese.AmountLabel("CNY"));
        Assert.Equal("18,000 日元", Texts.Chinese.Money(18_000, "JPY"));
        Assert.Equal("18,000 CNY", Texts.English.Money(1_800_000, "CNY"));
        Assert.Equal("Signed (CNY)", Texts.English.AmountLabel("CNY"));
        // A currency without a name here keeps its ISO code in both languages.
        Assert.Equal("18,000.50 CHF", Texts.Chinese.Money(1_800_050, "CHF"));
        Assert.DoesNotContain(Load("zh-CN"), kv => kv.Value.Contains("CNY", StringComparison.Ordinal));
    }

    [Fact]
    public void Class_moves_read_alike_in_both_languages()
    {
        Assert.Equal("B→A", Texts.English.ClassMoveName(CustomerClass.B, ClassAfter.A));
        Assert.Equal("B→A", Texts.Chinese.ClassMoveName(CustomerClass.B, ClassAfter.A));
        Assert.Equal("A→signed", Texts.English.ClassMoveName(CustomerClass.A, ClassAfter.Signed));
        Assert.Equal("A→签单", Texts.Chinese.ClassMoveName(CustomerClass.A, ClassAfter.Signed));
    }

    [Fact]
    public void An_unnamed_team_is_lower_case_inside_a_sentence_and_capitalised_as_a_title()
    {
        Assert.Equal("your team", Texts.English.TeamName(null));
        Assert.Equal("Your team", Texts.English.TeamNameAsTitle(" "));
        Assert.Equal("East Sales", Texts.English.TeamName("East Sales"));
        Assert.Equal("East Sales", Texts.English.TeamNameAsTitle("East Sales"));
    }

    [Fact]
    public void Work_days_read_as_ranges()
    {
        Assert.Equal("Mon–Sat", Texts.English.WorkDays(WorkWeek.MondayToSaturday));
        Assert.Equal("周一–周六", Texts.Chinese.WorkDays(WorkWeek.MondayToSaturday));
        Assert.Equal("Mon, Wed, Fri–Sun", Texts.English.WorkDays(WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday)));
    }

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order().ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();
}
