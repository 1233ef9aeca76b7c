using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// A daily, weekly or monthly board (domain.md "标杆"): the top of the headline metric with
/// 🥇🥈🥉 (ties share rank and medal), the other figures small beneath each name, the most
/// improved, the team's month progress and, in a 大战月, the countdown and daily pace. It never
/// lists the bottom: reps with nothing are not ranked, and the channel sees the top only. Each line
/// is two columns (name, headline value) so it reads on a phone; 50 lines stay under the size limit.
/// </summary>
public static class LeaderboardCard
{
    public static AdaptiveCard Build(Texts t, LeaderboardView view)
    {
        var board = view.Board;
        var title = t.Format($"Leaderboard_Title_{board.Period.Kind}", t.TeamNameAsTitle(view.TeamName));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock($"{t.PeriodDates(board.Period)} · {t.Format("Leaderboard_RankedBy", t.MetricName(board.Metric))}")
                { IsSubtle = true, Spacing = Spacing.None, Wrap = true },
        };

        if (view.Battle is { } battle) body.Add(Battle(t, battle, view.CurrencyCode));

        var top = board.Top;
        if (top.Count == 0)
        {
            body.Add(new TextBlock(t["Leaderboard_Empty"]) { Wrap = true, Spacing = Spacing.Medium });
        }
        else
        {
            body.AddRange(top.Select((e, i) => Line(t, view, e, first: i == 0)));
        }

        if (board.MostImproved.Count > 0)
        {
            var names = board.MostImproved.Select(i => t.Format("Leaderboard_Improvement", i.Name, t.MetricValue(board.Metric, i.Increase, view.CurrencyCode)));
            body.Add(new TextBlock(t.Format("Leaderboard_MostImproved", string.Join(t["Kickoff_ListSeparator"], names), t[$"Leaderboard_Previous_{board.Period.Kind}"]))
                { Wrap = true, Spacing = Spacing.Medium });
        }

        if (view.Month is { } month) body.Add(Month(t, month, view.CurrencyCode));
        if (view.Asker is { } asker) body.Add(You(t, view, asker));
        if (view.IsPrivate) body.Add(new TextBlock(t["Leaderboard_OtherPeriods"]) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Medium });

        return new AdaptiveCard { Body = body, Lang = t.CardLanguage, FallbackText = title };
    }

    /// <summary>"🥇 Li Lei" over "8 visits · 3 valid new" on the left, the headline value on the right.</summary>
    private static ColumnSet Line(Texts t, LeaderboardView view, BoardEntry entry, bool first)
    {
        var name = new List<CardElement> { new TextBlock($"{t.RankMark(entry)} {entry.Name}") { Wrap = true, Weight = entry.Medal is null ? null : TextWeight.Bolder } };
        if (Secondary(t, view, entry.MemberId) is { Length: > 0 } figures)
            name.Add(new TextBlock(figures) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None, Wrap = true });
        return new ColumnSet(
        [
            new Column(name) { Width = ColumnWidth.Stretch },
            new Column([new TextBlock(t.MetricValue(view.Board.Metric, entry.Value, view.CurrencyCode)) { Weight = TextWeight.Bolder, HorizontalAlignment = HorizontalAlignment.Right }])
                { Width = ColumnWidth.Auto },
        ]) { Spacing = first ? Spacing.Medium : Spacing.Small, Separator = first };
    }

    /// <summary>The rep's other figures of the period, left out when zero: the line says what they did, not what they did not.</summary>
    private static string Secondary(Texts t, LeaderboardView view, long memberId)
    {
        if (!view.Totals.TryGetValue(memberId, out var totals)) return "";
        var figures = Enum.GetValues<BoardMetric>()
            .Where(m => m != view.Board.Metric && totals.Of(m) > 0)
            .Select(m => t.MetricValue(m, totals.Of(m), view.CurrencyCode));
        return string.Join(" · ", figures);
    }

    private static Container Battle(Texts t, BattleCountdown battle, string currency)
    {
        var lines = new List<CardElement>
        {
            new TextBlock(t.FormatCount("Leaderboard_Battle", battle.WorkDaysLeft, t.Money(battle.GoalMinor, currency), t.Money(battle.SoFarMinor, currency), battle.WorkDaysLeft))
                { Wrap = true, Weight = TextWeight.Bolder },
        };
        if (battle.Reached)
            lines.Add(new TextBlock(t["Leaderboard_BattleReached"]) { Wrap = true, Spacing = Spacing.Small });
        else if (battle.DailyPaceMinor is { } pace)
            lines.Add(new TextBlock(t.Format("Leaderboard_BattlePace", t.Money(pace, currency))) { Wrap = true, Spacing = Spacing.Small });
        else
            lines.Add(new TextBlock(t.Format("Leaderboard_BattleNoDaysLeft", t.Money(battle.RemainingMinor, currency))) { Wrap = true, Spacing = Spacing.Small });
        return new Container(lines) { Style = ContainerStyle.Accent, Spacing = Spacing.Medium };
    }

    private static TextBlock Month(Texts t, MonthProgress month, string currency) =>
        new(month.Fraction is { } done
            ? t.Format("Leaderboard_MonthProgress", t.Money(month.SignedMinor, currency), t.Money(month.TargetMinor, currency), done.ToString("P0", t.Culture))
            : t.Format("Leaderboard_MonthSigned", t.Money(month.SignedMinor, currency)))
        { Wrap = true, IsSubtle = true, Spacing = Spacing.Medium };

    /// <summary>The asker's own place, in or out of the top, and how far the next place is.</summary>
    private static Container You(Texts t, LeaderboardView view, Standing me)
    {
        var metric = view.Board.Metric;
        var lines = new List<CardElement>();
        if (me.Rank is { } rank)
        {
            lines.Add(new TextBlock(t.Format("Leaderboard_You", t.RankWithMedal(rank), me.RankedCount, t.MetricValue(metric, me.Value, view.CurrencyCode)))
                { Wrap = true, Weight = TextWeight.Bolder });
            if (me is { Ahead: { } ahead, Gap: { } gap })
                lines.Add(new TextBlock(t.Format("Leaderboard_YouGap", t.MetricValue(metric, gap, view.CurrencyCode), t.RankName(ahead.Rank))) { Wrap = true, Spacing = Spacing.Small });
        }
        else
        {
            lines.Add(new TextBlock(t["Leaderboard_YouNotRanked"]) { Wrap = true, Weight = TextWeight.Bolder });
            lines.Add(me is { Ahead: { } last, Gap: { } gap }
                ? new TextBlock(t.Format("Leaderboard_YouJoin", t.MetricValue(metric, gap, view.CurrencyCode), t.RankName(last.Rank))) { Wrap = true, Spacing = Spacing.Small }
                : new TextBlock(t["Leaderboard_YouFirst"]) { Wrap = true, Spacing = Spacing.Small });
        }

        return new Container(lines) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
    }
}
