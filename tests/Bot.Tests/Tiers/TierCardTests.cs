using IronArmy.Bot.Resources;
using IronArmy.Bot.Tiers;
using IronArmy.Core.Tiers;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Tiers;

public class TierCardTests
{
    /// <summary>A team of <paramref name="reps"/> with long names, the last tenth not yet ranked, compared with a week earlier.</summary>
    private static TierView View(int reps)
    {
        var windows = Enumerable.Range(1, reps)
            .Select(i => new RepWindow(i, $"欧阳 Representative Number {i:D4}", i > reps * 9 / 10 ? 3 : 20, 1_000_00L * (reps - i + 1), i % 7, 100 + i % 50, i % 3))
            .ToList();
        var now = TierRanking.Of(windows, TierSettings.Default, 8);
        var before = TierRanking.Of(windows.Select(w => w with { Visits = w.Visits + (int)(w.MemberId % 11) * 10 }), TierSettings.Default, 8);
        return new TierView("East Region Sales", new DateOnly(2026, 11, 6), new DateOnly(2026, 12, 4), new DateOnly(2026, 11, 27), TierSettings.Default, 8, now,
            TierMovement.Between(now, before).ToDictionary(m => m.Now.MemberId));
    }

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
