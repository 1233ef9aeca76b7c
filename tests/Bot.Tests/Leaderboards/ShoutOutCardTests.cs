using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Leaderboards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Leaderboards;

public class ShoutOutCardTests
{
    private static readonly DateOnly Day = new(2026, 12, 15);
    private static readonly ShoutOutPerson Li = new("29:li", "Li Lei");
    private static readonly ShoutOutPerson Han = new("29:han", "Han Meimei");

    private static IEnumerable<(string Id, string Name, string Text)> Mentions(JsonElement card) =>
        card.GetProperty("msteams").GetProperty("entities").EnumerateArray()
            .Select(e => (e.GetProperty("mentioned").GetProperty("id").GetString()!, e.GetProperty("mentioned").GetProperty("name").GetString()!, e.GetProperty("text").GetString()!));

    [Fact]
    public void Each_moment_names_its_rep_with_a_real_mention()
    {
        var card = ShoutOutCard.Build(Texts.English,
        [
            new ShoutOutMoment(new FirstSigningOfDay(1, Day, "Acme Trading", 50_000_00), Li, null),
            new ShoutOutMoment(new AConversion(2, Day, "Blue Sky", CustomerClass.B), Han, null),
        ], "CNY");

        var json = AssertValidCard(card, "ShoutOut_two");

        Assert.Equal([("29:li", "Li Lei", "<at>Li Lei</at>"), ("29:han", "Han Meimei", "<at>Han Meimei</at>")], Mentions(json));
        var words = Words(json);
        Assert.Contains("<at>Li Lei</at> opened today's scoreboard: the first signing of the day, 50,000 CNY with Acme Trading.", words);
        Assert.Contains("<at>Han Meimei</at> moved Blue Sky B→A. 🚀", words);
    }

    [Fact]
    public void A_rep_in_several_moments_is_one_entity_and_quoted_once()
    {
        var card = ShoutOutCard.Build(Texts.Chinese,
        [
            new ShoutOutMoment(new FirstSigningOfDay(1, Day, "华东贸易", 50_000_00), Li, "先问预算，再谈方案。"),
            new ShoutOutMoment(new MillionClubCrossing(1, Day, ClubPeriod.Month, new DateOnly(2026, 12, 1), 1_000_000_00, 1_020_000_00), Li, "先问预算，再谈方案。"),
        ], "CNY");

        var json = AssertValidCard(card, "ShoutOut_same_rep");

        Assert.Single(Mentions(json));
        var words = Words(json);
        Assert.Single(words, w => w == "“先问预算，再谈方案。”");
        Assert.Contains("<at>Li Lei</at> 本月签单突破 1,000,000 元，加入百万俱乐部！💰", words);
    }

    [Fact]
    public void A_rep_who_opted_out_is_a_teammate_without_customer_win_or_mention()
    {
        var card = ShoutOutCard.Build(Texts.English,
        [
            new ShoutOutMoment(new BiggestDealOfWeek(1, Day, "Acme Trading", 90_000_00, 50_000_00, BoardPeriod.WeekOf(Day, Core.Teams.WorkWeek.MondayToSaturday)), null, null),
        ], "CNY");

        var json = AssertValidCard(card, "ShoutOut_private");

        Assert.False(json.TryGetProperty("msteams", out _));
        var text = json.GetRawText();
        Assert.DoesNotContain("Acme", text);
        Assert.DoesNotContain("<at>", text);
        Assert.Contains("A teammate signed the biggest deal of the week so far: 90,000 CNY, beating 50,000 CNY.", Words(json));
    }

    [Fact]
    public void A_full_post_of_long_wins_stays_valid_and_small()
    {
        var longWin = string.Concat(Enumerable.Repeat("开场先讲行业案例，客户说没预算时问清楚明年的计划，最后请老板一起拜访。", 20));
        foreach (var t in new[] { Texts.English, Texts.Chinese })
        {
            var moments = Enumerable.Range(1, ShoutOutCard.MaxMoments)
                .Select(i => new ShoutOutMoment(new ValidNewStreak(i, Day, 10, 3), new ShoutOutPerson($"29:rep{i}", $"欧阳 Representative {i:00}"), longWin))
                .ToList();

            var card = ShoutOutCard.Build(t, moments, "CNY");

            var json = AssertValidCard(card, $"ShoutOut_full_{t.Language}");
            Assert.Equal(ShoutOutCard.MaxMoments, Mentions(json).Count());
            Assert.All(Words(json).Where(w => w.StartsWith('“')), w => Assert.True(w.Length <= ShoutOutCard.MaxWinLength + 2, w));
        }
    }

    [Fact]
    public void Every_kind_of_moment_reads_in_both_languages()
    {
        var week = BoardPeriod.WeekOf(Day, Core.Teams.WorkWeek.MondayToSaturday);
        ShoutOut[] all =
        [
            new FirstSigningOfDay(1, Day, "Acme", 1_00), new BiggestDealOfWeek(1, Day, "Acme", 2_00, 1_00, week),
            new MillionClubCrossing(1, Day, ClubPeriod.Year, new DateOnly(2026, 1, 1), 1_000_000_00, 1_000_000_00),
            new ValidNewStreak(1, Day, 5, 3), new AConversion(1, Day, "Acme", CustomerClass.C),
        ];
        foreach (var t in new[] { Texts.English, Texts.Chinese })
        {
            foreach (var e in all)
            {
                Assert.Contains("<at>Li Lei</at>", ShoutOutCard.Line(t, new ShoutOutMoment(e, Li, null), "CNY"));
                Assert.DoesNotContain("Acme", ShoutOutCard.Line(t, new ShoutOutMoment(e, null, null), "CNY"));
            }
        }
    }
}
