using IronArmy.Bot.Onboarding;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Onboarding;

public class ChannelWelcomeCardTests
{
    [Theory]
    [InlineData("en-US", "Morning kickoff: every rep sets today's targets and visit plan; the morning board appears here.")]
    [InlineData("zh-CN", "早启动：每位销售明确今天的目标和拜访计划；团队看板会发在这里。")]
    public void Each_ritual_is_its_time_beside_what_happens_then_its_name_said_once(string locale, string kickoff)
    {
        var t = Texts.For(locale);
        var card = AssertValidCard(ChannelWelcomeCard.Build(t, "East Sales", TeamSchedule.Default, [("29:manager", "Zhang Min")]), $"ChannelWelcome_{locale}");

        var facts = card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "FactSet")
            .GetProperty("facts").EnumerateArray().Select(f => (f.GetProperty("title").GetString(), f.GetProperty("value").GetString())).ToList();
        Assert.Equal(["07:40", "18:30", "21:00"], facts.Select(f => f.Item1));
        Assert.Equal(kickoff, facts[0].Item2);
        Assert.StartsWith(t.RitualName(Ritual.Digest), facts[2].Item2, StringComparison.Ordinal);
    }
}
