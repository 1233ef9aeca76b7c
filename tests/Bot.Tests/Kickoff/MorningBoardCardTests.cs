using IronArmy.Bot.Cards;
using IronArmy.Bot.Kickoff;
using IronArmy.Bot.Resources;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Kickoff;

public class MorningBoardCardTests
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏"];

    /// <summary>Fifty reps with long-ish names and two-digit numbers: the board's worst realistic case.</summary>
    private static MorningBoard Fifty(string locale)
    {
        var names = locale.StartsWith("zh", StringComparison.Ordinal)
            ? Surnames.SelectMany(s => Given.Select(g => s + g)).ToList()
            : Enumerable.Range(1, 50).Select(i => $"Representative Number {i:00}").ToList();
        var rows = names.Take(45).Select((n, i) => new BoardRow(n, 10 + i % 3, i % 4, i % 5)).ToList();
        return new MorningBoard("华东一区 East China Direct Sales", WorkDate, rows, names.Skip(45).ToList()) { UpdatedAt = new TimeOnly(8, 17) };
    }

    public static TheoryData<string, int> Sizes() => new() { { "en-US", 1 }, { "en-US", 50 }, { "zh-CN", 1 }, { "zh-CN", 50 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_board_is_a_valid_card_within_the_size_limit(string locale, int reps)
    {
        var board = reps == 1
            ? new MorningBoard("East", WorkDate, [new BoardRow("Lin Wei", 8, 1, 3)], [])
            : Fifty(locale);

        AssertValidCard(MorningBoardCard.Build(Texts.For(locale), board), $"Board_{reps}_{locale}");
    }

    [Fact]
    public void Fifty_reps_stay_under_28_KB()
    {
        foreach (var texts in new[] { Texts.English, Texts.Chinese })
            Assert.InRange(CardJson.Utf8Size(MorningBoardCard.Build(texts, Fifty(texts.Language))), 1, 28 * 1024);
    }

    [Fact]
    public void Reps_appear_in_name_order_whatever_their_numbers()
    {
        // Given best first, as a ranking would put them.
        var board = new MorningBoard("East", WorkDate,
            [new BoardRow("Zoe", 12, 3, 5), new BoardRow("mia", 9, 2, 3), new BoardRow("Adam", 4, 0, 1), new BoardRow("Liam", 8, 1, 2)],
            ["Yusuf", "Ben"]);

        var json = CardJson.ToJsonElement(MorningBoardCard.Build(Texts.English, board));

        var facts = Objects(json).Where(o => o.TryGetProperty("facts", out _)).First().GetProperty("facts")
            .EnumerateArray().Select(f => (f.GetProperty("title").GetString(), f.GetProperty("value").GetString())).ToList();
        Assert.Equal([("Adam", "4 · 0 · 1"), ("Liam", "8 · 1 · 2"), ("mia", "9 · 2 · 3"), ("Zoe", "12 · 3 · 5")], facts);
        var words = Words(json);
        Assert.Contains("Waiting for (2): Ben, Yusuf", words);
        Assert.Contains("Plans in: 4 of 6", words);
        Assert.DoesNotContain(words, w => w.Contains("🥇", StringComparison.Ordinal) || w.Contains("🏆", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_names_sort_as_the_team_reads_them()
    {
        var board = new MorningBoard("华东一区", WorkDate,
            [new BoardRow("张伟", 9, 1, 3), new BoardRow("陈芳", 8, 1, 3), new BoardRow("王娜", 10, 2, 3), new BoardRow("李敏", 7, 0, 2)], []);

        var json = CardJson.ToJsonElement(MorningBoardCard.Build(Texts.Chinese, board));

        var names = Objects(json).First(o => o.TryGetProperty("facts", out _)).GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("title").GetString());
        Assert.Equal(["陈芳", "李敏", "王娜", "张伟"], names); // chen, li, wang, zhang
    }

    [Fact]
    public void The_team_total_adds_up_every_submitted_plan()
    {
        var board = new MorningBoard("East", WorkDate, [new BoardRow("A", 8, 1, 3), new BoardRow("B", 6, 2, 1), new BoardRow("C", 10, 0, 2)], []);

        var words = Words(CardJson.ToJsonElement(MorningBoardCard.Build(Texts.English, board)));

        Assert.Equal("24 · 3 · 6", words[words.IndexOf("Team") + 1]);
        Assert.DoesNotContain(words, w => w.StartsWith("Waiting", StringComparison.Ordinal));
    }

    [Fact]
    public void The_chinese_board_speaks_chinese()
    {
        var words = string.Join("\n", Words(CardJson.ToJsonElement(MorningBoardCard.Build(Texts.Chinese, Fifty("zh-CN")))));

        foreach (var word in new[] { "早启动看板", "华东一区", "11月24日", "拜访", "A类签单", "有效新客户", "团队合计", "等待提交（5）", "照镜子", "08:17" })
            Assert.Contains(word, words);
    }
}
