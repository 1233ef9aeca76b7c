using IronArmy.Bot.Resources;
using IronArmy.Core.Language;
using IronArmy.Core.Tiers;

namespace IronArmy.Bot.Tiers;

/// <summary>The 271 words in the reader's language: tiers, measures, trends, the weights and the score.</summary>
public static class TierWords
{
    public static string TierName(this Texts t, Tier tier) => t[$"Tier_{tier}_Name"];

    public static string TierMeasureName(this Texts t, TierMeasure measure) => t[$"Tier_Measure_{measure}"];

    public static string TrendMark(this Texts t, TierTrend trend) => t[$"Tier_Trend_{trend}"];

    public static string Weights(this Texts t, TierWeights w) =>
        t.Format("Tiers_Weights", w.SignedAmount, w.ValidNewCustomers, w.Visits, w.MovedToA);

    /// <summary>"December 2026" / "2026年12月".</summary>
    public static string MonthName(this Texts t, DateOnly month) =>
        t.Language == SupportedLanguage.Chinese ? $"{month.Year}年{month.Month}月" : month.ToString("MMMM yyyy", t.Culture);

    /// <summary>Scores are shown whole: a tenth of a point says nothing a manager can act on.</summary>
    public static string Score(this Texts t, double score) => Math.Round(score, MidpointRounding.AwayFromZero).ToString("0", t.Culture);
}
