using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using IronArmy.Bot.Resources;
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
