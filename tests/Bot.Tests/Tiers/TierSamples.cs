using IronArmy.Bot.Tiers;
using IronArmy.Core.Tiers;

namespace IronArmy.Bot.Tests.Tiers;

/// <summary>271 views for card tests and the measured cards.</summary>
internal static class TierSamples
{
    /// <summary>A team of <paramref name="reps"/> with long names, the last tenth not yet ranked, compared with a week earlier.</summary>
    public static TierView View(int reps)
    {
        var windows = Enumerable.Range(1, reps)
            .Select(i => new RepWindow(i, $"欧阳 Representative Number {i:D4}", i > reps * 9 / 10 ? 3 : 20, 1_000_00L * (reps - i + 1), i % 7, 100 + i % 50, i % 3))
            .ToList();
        var now = TierRanking.Of(windows, TierSettings.Default, 8);
        var before = TierRanking.Of(windows.Select(w => w with { Visits = w.Visits + (int)(w.MemberId % 11) * 10 }), TierSettings.Default, 8);
        return new TierView("East Region Sales", new DateOnly(2026, 11, 6), new DateOnly(2026, 12, 4), new DateOnly(2026, 11, 27), TierSettings.Default, 8, now,
            TierMovement.Between(now, before).ToDictionary(m => m.Now.MemberId));
    }
}
