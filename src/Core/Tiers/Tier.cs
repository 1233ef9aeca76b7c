namespace IronArmy.Core.Tiers;

/// <summary>The 271 tiers, best first; <see cref="NotYetRanked"/> is no tier at all (never a "1").</summary>
public enum Tier
{
    Two,
    UpperSeven,
    LowerSeven,
    One,
    NotYetRanked,
}

/// <summary>How a rep's tier moved since the ranking a week earlier.</summary>
public enum TierTrend
{
    /// <summary>Not ranked a week earlier (or not now): nothing to compare.</summary>
    New,
    Up,
    Same,
    Down,
}

public static class TierRules
{
    /// <summary>"2"s and lower "7"s and "1"s are the digest's: the "2"s to ask to share, the others to help first.</summary>
    public static bool NeedsHelpFirst(this Tier tier) => tier is Tier.LowerSeven or Tier.One;

    /// <summary>Up when the tier is better (smaller), down when worse, new when either side was not ranked.</summary>
    public static TierTrend TrendFrom(this Tier now, Tier? before)
    {
        if (before is null or Tier.NotYetRanked || now == Tier.NotYetRanked) return TierTrend.New;
        return now < before ? TierTrend.Up : now > before ? TierTrend.Down : TierTrend.Same;
    }
}
