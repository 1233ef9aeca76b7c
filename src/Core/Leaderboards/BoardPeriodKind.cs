namespace IronArmy.Core.Leaderboards;

// Stand-in until wt/boards lands: there this enum lives in BoardPeriod.cs, and this file is deleted at that merge.

/// <summary>The three board rhythms: daily (after the digest), weekly and monthly (on the last work day).</summary>
public enum BoardPeriodKind
{
    Day,
    Week,
    Month,
}
