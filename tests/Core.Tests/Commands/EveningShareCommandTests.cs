using IronArmy.Core.Commands;

namespace IronArmy.Core.Tests.Commands;

public class EveningShareCommandTests
{
    [Theory]
    [InlineData("recap")]
    [InlineData(" Recap ")]
    [InlineData("晚分享")]
    [InlineData(" 晚分享 ")]
    public void Recap_opens_todays_evening_card_for_anyone(string text) =>
        Assert.False(Assert.IsType<OpenRecapCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("share now")]
    [InlineData("Share  NOW")]
    [InlineData("立即晚分享")]
    public void Share_now_is_a_manager_command(string text) =>
        Assert.True(Assert.IsType<ShareNowCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("digest now")]
    [InlineData("DIGEST now")]
    [InlineData("晚分享汇总")]
    public void Digest_now_is_for_managers_only(string text) =>
        Assert.True(Assert.IsType<DigestNowCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("recaps")]
    [InlineData("share")]
    [InlineData("digest")]
    [InlineData("晚分享 汇总 今天")]
    public void Near_misses_are_no_command(string text) => Assert.IsType<UnknownCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("set share 18:30")]
    [InlineData("设置晚分享 18:30")]
    public void Setting_the_share_time_is_still_a_setting(string text) =>
        Assert.IsType<SetRitualTimeCommand>(CommandParser.Parse(text));
}
