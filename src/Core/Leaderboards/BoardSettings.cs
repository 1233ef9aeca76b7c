namespace IronArmy.Core.Leaderboards;

/// <summary>
/// A team's board settings (<c>set board …</c>): what the boards rank, how many ranks the channel's
/// boards show, and how long after the digest the daily board is posted.
/// </summary>
public sealed record BoardSettings(BoardMetric Metric, int TopSize, TimeSpan AfterDigest)
{
    /// <summary>The method's: signed amount, top 10, a quarter of an hour after the digest.</summary>
    public static BoardSettings Default { get; } = new(BoardMetric.SignedAmount, Leaderboard.DefaultTopSize, TimeSpan.FromMinutes(15));
}
