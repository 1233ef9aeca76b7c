using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Resources;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.EveningShare;

public class RecapNudgeCardTests
{
    [Fact]
    public void The_nudge_names_the_rep_and_the_day_and_its_button_opens_that_days_recap_in_its_language()
    {
        var json = AssertValidCard(RecapNudgeCard.Build(Texts.Chinese, "韩梅梅", WorkDate), "RecapNudge_zh");

        var raw = json.GetRawText();
        Assert.Contains("韩梅梅", raw);
        Assert.Contains("11月24日", raw);
        Assert.Contains($"\"verb\":\"{RecapNudgeCard.OpenVerb}\"", raw);
        Assert.Contains("\"workDate\":\"2026-11-24\"", raw);
        Assert.Contains("\"lang\":\"zh-CN\"", raw);
        Assert.Contains("打开晚分享", Words(json));
    }

    [Fact]
    public void A_rep_without_a_name_is_still_greeted() =>
        Assert.Contains(Texts.English["Person_Unnamed"], Words(AssertValidCard(RecapNudgeCard.Build(Texts.English, "", WorkDate), "RecapNudge_en")).First());
}
