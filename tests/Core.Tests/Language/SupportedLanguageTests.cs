using IronArmy.Core.Language;

namespace IronArmy.Core.Tests.Language;

public class SupportedLanguageTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-Hans-CN", "zh-CN")]
    [InlineData("ZH-tw", "zh-CN")]
    [InlineData("en-GB", "en-US")]
    [InlineData("de-DE", "en-US")]
    [InlineData(null, "en-US")]
    public void Teams_locale_picks_the_language(string? locale, string expected) => Assert.Equal(expected, SupportedLanguage.For(locale));

    [Theory]
    [InlineData("en-US", "帮助", "zh-CN")]
    [InlineData("en-US", "设置早启动 08:00", "zh-CN")]
    [InlineData("en-US", "help", "en-US")]
    [InlineData("zh-CN", "help", "zh-CN")]
    [InlineData("en-US", "set kickoff 08:00", "en-US")]
    public void A_message_in_chinese_is_answered_in_chinese(string locale, string text, string expected) =>
        Assert.Equal(expected, SupportedLanguage.ForMessage(locale, text));
}
