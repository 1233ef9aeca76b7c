using IronArmy.Bot.Resources;
using IronArmy.Bot.Tiers;
using IronArmy.Core.Tiers;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;
using static IronArmy.Bot.Tests.Tiers.TierSamples;

namespace IronArmy.Bot.Tests.Tiers;

public class TierCardTests
{
    public static TheoryData<string, int> Sizes() => new() { { "en-US", 12 }, { "zh-CN", 12 }, { "en-US", 1000 }, { "zh-CN", 1000 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_managers_card_is_valid_and_a_big_team_comes_in_parts_each_under_the_limit(string locale, int reps)
    {
        var t = Texts.For(locale);

        var cards = TierCards.ForManagers(t, View(reps));
        var monthly = TierCards.ForManagers(t, View(reps), t.MonthName(new DateOnly(2026, 12, 1)));

        foreach (var (card, i) in cards.Concat(monthly).Select((c, i) => (c, i))) AssertValidCard(card, $"Tiers_{locale}_{reps}_{i}");
        Assert.Equal(reps > 100, cards.Count > 1);
        // Every rep appears once across the parts.
        var words = string.Join("\n", cards.SelectMany(c => Words(IronArmy.Bot.Cards.CardJson.ToJsonElement(c))));
        Assert.All(Enumerable.Range(1, reps), i => Assert.Contains($"Number {i:D4}", words));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public void A_reps_card_is_valid_and_names_nobody(string locale)
    {
        var view = View(12);
        foreach (var rep in view.Ranking.Reps)
        {
            var json = AssertValidCard(TierCards.ForRep(Texts.For(locale), view, rep.MemberId), $"TiersRep_{locale}");
            var words = string.Join("\n", Words(json));
            Assert.DoesNotContain("Representative", words);
        }
    }
}
