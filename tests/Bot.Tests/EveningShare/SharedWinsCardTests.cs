using IronArmy.Bot.Cards;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.EveningShare;

public class SharedWinsCardTests
{
    private static SharedWinsPost Post(params SharedWin[] wins) => new("East", WorkDate, wins);

    [Fact]
    public void Named_wins_carry_the_name_and_anonymous_ones_only_a_teammate()
    {
        var post = Post(
            new SharedWin("Opened with their own downtime numbers.", new WinAuthor("17", "Li Lei")),
            new SharedWin("Asked for the budget owner by name.", null));

        var json = AssertValidCard(SharedWinsCard.Build(Texts.English, post), "SharedWins_en");

        var words = Words(json);
        Assert.Contains("Today's wins — East", words);
        Assert.Contains("Li Lei", words);
        Assert.Contains("Opened with their own downtime numbers.", words);
        Assert.Contains("A teammate", words);
        Assert.Contains("Asked for the budget owner by name.", words);
        Assert.DoesNotContain("\"17\"", json.GetRawText());
        Assert.DoesNotContain("msteams", json.GetRawText()); // no mentions
    }

    [Fact]
    public void Thirty_wins_of_a_thousand_chinese_characters_all_appear_in_one_card_under_28_KB()
    {
        var wins = Enumerable.Range(1, 30)
            .Select(i => new SharedWin($"第{i:00}条：" + new string('赢', 995), i % 3 == 0 ? null : new WinAuthor(i.ToString(), $"销售{i:00}")))
            .ToArray();

        var card = SharedWinsCard.Build(Texts.Chinese, Post(wins));

        var json = AssertValidCard(card, "SharedWins_30_zh");
        var words = Words(json);
        Assert.All(Enumerable.Range(1, 30), i => Assert.Contains(words, w => w.StartsWith($"第{i:00}条", StringComparison.Ordinal)));
        Assert.Contains(words, w => w.EndsWith('…'));
        Assert.Equal(10, words.Count(w => w == "一位伙伴"));
    }

    [Fact]
    public void A_team_far_larger_than_a_meeting_still_gets_a_card_that_fits_and_counts_the_rest()
    {
        var wins = Enumerable.Range(1, 400).Select(i => new SharedWin(new string('赢', 1000), new WinAuthor(i.ToString(), $"销售{i:000}"))).ToArray();

        var json = AssertValidCard(SharedWinsCard.Build(Texts.Chinese, Post(wins)), "SharedWins_400_zh");

        Assert.Contains(Words(json), w => w.StartsWith("还有 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_wins_are_shown_whole()
    {
        var text = new string('a', 900) + " 𠮷";

        var words = Words(AssertValidCard(SharedWinsCard.Build(Texts.English, Post(new SharedWin(text, null))), "SharedWins_whole"));

        Assert.Contains(text, words);
    }
}
