using IronArmy.Bot.Cards;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Leaderboards;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Leaderboards;

public class LeaderboardCardTests
{
    private static readonly DateOnly Day = new(2026, 12, 15);
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏"];

    /// <summary>A board line's name cell: a medal or a rank number, then the name.</summary>
    private static bool IsLine(string w) =>
        new[] { "🥇 ", "🥈 ", "🥉 ", "#" }.Any(mark => w.StartsWith(mark, StringComparison.Ordinal)) && !w.Contains(" of ", StringComparison.Ordinal);

    private static RepTotals Totals(long id, long fen, int visits = 8, int validNew = 3, int toA = 1) => new(id, fen, fen > 0 ? 2 : 0, visits, validNew, toA, 1);

    private static Board BoardOf(BoardPeriod period, int top, IReadOnlyList<(string Name, RepTotals Totals)> reps, BoardMetric metric = BoardMetric.SignedAmount,
        IReadOnlyDictionary<long, RepTotals>? previous = null) =>
        Leaderboard.Build(period, BoardPeriod.Day(period.Start.AddDays(-1)), metric, top,
            reps.Select(r => new BoardRep(r.Totals.MemberId, r.Name, DateOnly.MinValue)).ToList(),
            reps.ToDictionary(r => r.Totals.MemberId, r => r.Totals),
            previous ?? new Dictionary<long, RepTotals>());

    /// <summary>Fifty reps, all on the board (top 50), with long names, big amounts and every extra line: the worst realistic case.</summary>
    private static LeaderboardView Fifty(Texts t, BoardPeriodKind kind, BoardMetric metric)
    {
        var names = t == Texts.Chinese
            ? Surnames.SelectMany(s => Given.Select(g => "欧阳" + s + g)).ToList()
            : Enumerable.Range(1, 50).Select(i => $"Representative Number {i:00}").ToList();
        var reps = names.Select((n, i) => (n, Totals(i + 1, 123_456_789_00 - i * 1_000_000, 12 + i % 5, 3 + i % 4, 1 + i % 3))).ToList();
        var previous = reps.ToDictionary(r => r.Item2.MemberId, r => r.Item2 with { SignedAmountMinor = r.Item2.SignedAmountMinor / 2, Visits = 2 });
        var board = BoardOf(BoardPeriod.Containing(kind, Day, Core.Teams.WorkWeek.MondayToSaturday), 50, reps, metric, previous);
        return new LeaderboardView("华东一区 East China Direct Sales", board, reps.ToDictionary(r => r.Item2.MemberId, r => r.Item2), "CNY")
        {
            Month = new MonthProgress(9_000_000_000_00, 4_321_000_000_00),
            Battle = new BattleCountdown(9_000_000_000_00, 4_321_000_000_00, 12, 389_916_666_67),
            Asker = board.StandingOf(37),
            IsPrivate = true,
        };
    }

    public static TheoryData<string, BoardPeriodKind, BoardMetric> Worst() => new()
    {
        { "en-US", BoardPeriodKind.Day, BoardMetric.SignedAmount },
        { "en-US", BoardPeriodKind.Month, BoardMetric.Visits },
        { "zh-CN", BoardPeriodKind.Week, BoardMetric.SignedAmount },
        { "zh-CN", BoardPeriodKind.Month, BoardMetric.AConversions },
    };

    [Theory]
    [MemberData(nameof(Worst))]
    public void Fifty_reps_make_a_valid_card_under_the_size_limit(string locale, BoardPeriodKind kind, BoardMetric metric)
    {
        var t = Texts.For(locale);
        var card = LeaderboardCard.Build(t, Fifty(t, kind, metric));

        AssertValidCard(card, $"Leaderboard_{locale}_{kind}_{metric}");
        Assert.InRange(CardJson.Utf8Size(card), 1, 28 * 1024);
    }

    [Fact]
    public void Ties_share_the_rank_and_the_medal_and_the_next_rank_skips()
    {
        var board = BoardOf(BoardPeriod.Day(Day), 10,
        [
            ("Ana", Totals(1, 500_00)), ("Ben", Totals(2, 500_00)), ("Cai", Totals(3, 300_00)), ("Dan", Totals(4, 200_00)), ("Eve", Totals(5, 0)),
        ]);

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY"))));

        var lines = words.Where(IsLine).ToList();
        Assert.Equal(["🥇 Ana", "🥇 Ben", "🥉 Cai", "#4 Dan"], lines);
        Assert.Contains("500 CNY", words);
        Assert.DoesNotContain(words, w => w.Contains("Eve", StringComparison.Ordinal)); // nothing this period: not a last place
    }

    [Fact]
    public void The_channel_sees_the_top_only_and_never_the_bottom()
    {
        var reps = Enumerable.Range(1, 14).Select(i => ($"Rep {i:00}", Totals(i, (20 - i) * 1000_00))).ToList();
        var board = BoardOf(BoardPeriod.Day(Day), 10, reps);

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY"))));

        Assert.Contains("#10 Rep 10", words);
        Assert.DoesNotContain(words, w => w.Contains("Rep 11", StringComparison.Ordinal) || w.Contains("Rep 14", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.StartsWith("You", StringComparison.Ordinal));
    }

    [Fact]
    public void A_private_board_adds_the_askers_rank_outside_the_top_and_the_gap_to_the_next()
    {
        var reps = Enumerable.Range(1, 14).Select(i => ($"Rep {i:00}", Totals(i, (20 - i) * 1000_00))).ToList();
        var board = BoardOf(BoardPeriod.Day(Day), 10, reps);
        var view = new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY") { Asker = board.StandingOf(12), IsPrivate = true };

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, view)));

        Assert.Contains("You: #12 of 14 on the board · 8,000 CNY", words);
        Assert.Contains("1,000 CNY more to reach #11", words);
        Assert.DoesNotContain(words, w => w.Contains("Rep 12", StringComparison.Ordinal)); // the others below the top stay private
        Assert.Contains(words, w => w.Contains("board week", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rep_with_nothing_yet_is_told_what_puts_them_on_the_board()
    {
        var board = BoardOf(BoardPeriod.Day(Day), 10, [("Ana", Totals(1, 500_00)), ("Ben", Totals(2, 0))]);
        var view = new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY") { Asker = board.StandingOf(2), IsPrivate = true };

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.Chinese, view)));

        Assert.Contains("你还没有上这个榜。", words);
        Assert.Contains("达到 500 元 就能上榜，排第1名。", words);
    }

    [Fact]
    public void The_medal_ranks_are_named_with_their_medal_for_the_asker()
    {
        var board = BoardOf(BoardPeriod.Day(Day), 10, [("Ana", Totals(1, 500_00)), ("Ben", Totals(2, 400_00))]);
        var view = new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY") { Asker = board.StandingOf(2) };

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, view)));

        Assert.Contains("You: #2 🥈 of 2 on the board · 400 CNY", words);
        Assert.Contains("100 CNY more to reach #1", words);
    }

    [Fact]
    public void The_other_figures_sit_under_the_name_without_zeros()
    {
        var ana = new RepTotals(1, 500_00, 1, 9, 0, 2, 1);
        var board = BoardOf(BoardPeriod.Day(Day), 10, [("Ana", ana)]);

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, new LeaderboardView("East", board, new Dictionary<long, RepTotals> { [1] = ana }, "CNY"))));

        Assert.Contains("visits 9 · 2 to A", words);
    }

    [Fact]
    public void A_count_metric_ranks_by_its_own_unit()
    {
        var board = BoardOf(BoardPeriod.MonthOf(Day), 10, [("Ana", Totals(1, 0, visits: 120)), ("Ben", Totals(2, 900_00, visits: 80))], BoardMetric.Visits);

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY"))));

        Assert.Equal(["🥇 Ana", "🥈 Ben"], words.Where(IsLine));
        Assert.Contains("visits 120", words);
        Assert.Contains("December 2026 · Ranked by visits", words);
    }

    [Fact]
    public void The_most_improved_and_the_month_progress_are_shown()
    {
        var board = BoardOf(BoardPeriod.Day(Day), 10, [("Ana", Totals(1, 500_00)), ("Ben", Totals(2, 400_00))],
            previous: new Dictionary<long, RepTotals> { [1] = Totals(1, 450_00), [2] = Totals(2, 100_00) });
        var view = new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY") { Month = new MonthProgress(10_000_00, 2_500_00) };

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, view)));

        Assert.Contains("📈 Most improved vs the last work day: Ben (+300 CNY)", words);
        Assert.Contains("Team this month: 2,500 CNY of the 10,000 CNY target (25%)", words);
    }

    [Fact]
    public void A_battle_month_shows_the_countdown_and_the_daily_pace()
    {
        var board = BoardOf(BoardPeriod.Day(Day), 10, [("Ana", Totals(1, 500_00))]);
        var view = new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY")
        {
            Battle = new BattleCountdown(5_000_000_00, 2_000_000_00, 12, 250_000_00),
        };

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.Chinese, view)));

        Assert.Contains("⚔️ 大战月：目标 5,000,000 元，已签 2,000,000 元，还剩 12 个工作日", words);
        Assert.Contains("每个工作日需签 250,000 元", words);
    }

    [Fact]
    public void An_empty_period_says_so_without_listing_anyone()
    {
        var board = BoardOf(BoardPeriod.WeekOf(Day, Core.Teams.WorkWeek.MondayToSaturday), 10, [("Ana", Totals(1, 0, 0, 0, 0))]);

        var json = AssertValidCard(LeaderboardCard.Build(Texts.English, new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), "CNY")), "Leaderboard_empty");

        var words = Words(json);
        Assert.Contains(words, w => w.StartsWith("Nothing recorded", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.Contains("Ana", StringComparison.Ordinal));
        Assert.Contains("🏆 East — this week's board", words);
    }

    /// <summary>1,500 in the currency's major unit, in its minor units: none for JPY, two digits for CNY.</summary>
    public static TheoryData<string, long> FifteenHundred() => new() { { "JPY", 1_500 }, { "CNY", 150_000 } };

    [Theory]
    [MemberData(nameof(FifteenHundred))]
    public void Signed_amounts_show_in_the_teams_currency(string currency, long minor)
    {
        var board = BoardOf(BoardPeriod.Day(Day), 10, [("Ana", Totals(1, minor)), ("Ben", Totals(2, minor / 2))]);
        var view = new LeaderboardView("East", board, new Dictionary<long, RepTotals>(), currency)
        {
            Month = new MonthProgress(minor * 10, minor * 2),
        };

        var words = Words(CardJson.ToJsonElement(LeaderboardCard.Build(Texts.English, view)));

        Assert.Contains($"1,500 {currency}", words);
        Assert.Contains($"750 {currency}", words);
        Assert.Contains(words, w => w.Contains($"3,000 {currency}", StringComparison.Ordinal) && w.Contains($"15,000 {currency}", StringComparison.Ordinal));
    }
}
