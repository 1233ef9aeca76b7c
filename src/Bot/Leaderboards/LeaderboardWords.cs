using IronArmy.Bot.Cards;
using IronArmy.Bot.Resources;
using IronArmy.Core.Language;
using IronArmy.Core.Leaderboards;

namespace IronArmy.Bot.Leaderboards;

/// <summary>The 标杆 words in the reader's language: periods, metrics, values, ranks and medals.</summary>
public static class LeaderboardWords
{
    public static string MetricName(this Texts t, BoardMetric metric) => t[$"Leaderboard_Metric_{metric}"];

    public static string PeriodName(this Texts t, BoardPeriodKind kind) => t[$"Leaderboard_PeriodName_{kind}"];

    /// <summary>One value of a metric as the board shows it: money in the team's currency, counts with their unit.</summary>
    public static string MetricValue(this Texts t, BoardMetric metric, long value, string currencyCode) => metric switch
    {
        BoardMetric.SignedAmount => t.Money(value, currencyCode),
        _ => t.Format($"Leaderboard_Value_{metric}", value.ToString("N0", t.Culture)),
    };

    /// <summary>The dates a board covers: "Tue 24 Nov", "Mon 23 Nov – Sun 29 Nov", "November 2026" / "2026年11月".</summary>
    public static string PeriodDates(this Texts t, BoardPeriod period) => period.Kind switch
    {
        BoardPeriodKind.Day => t.LocalDate(period.Start),
        BoardPeriodKind.Week => t.Format("Leaderboard_Range", t.LocalDate(period.Start), t.LocalDate(period.End)),
        _ => t.Language == SupportedLanguage.Chinese
            ? $"{period.Start.Year}年{period.Start.Month}月"
            : period.Start.ToString("MMMM yyyy", t.Culture),
    };

    /// <summary>A board line's mark: 🥇🥈🥉 for ranks 1–3 (shared in a tie), "#7" below them.</summary>
    public static string RankMark(this Texts t, BoardEntry entry) => MedalMark(entry.Medal) ?? t.RankName(entry.Rank);

    /// <summary>"#2 🥈" / "第2名 🥈": the rank by number, with its medal when it has one.</summary>
    public static string RankWithMedal(this Texts t, int rank) =>
        MedalMark(new BoardEntry(rank, 0, "", 0).Medal) is { } medal ? $"{t.RankName(rank)} {medal}" : t.RankName(rank);

    public static string RankName(this Texts t, int rank) => t.Format("Leaderboard_Rank", rank);

    public static string? MedalMark(Medal? medal) => medal switch
    {
        Medal.Gold => "🥇",
        Medal.Silver => "🥈",
        Medal.Bronze => "🥉",
        _ => null,
    };
}
