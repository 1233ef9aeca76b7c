namespace IronArmy.Core.Leaderboards;

/// <summary>
/// The team's settings for shout-outs: the million-club threshold (minor units of the team
/// currency), the streak length in due work days, and the valid-new standard the streak is about
/// (the team's <see cref="Kickoff.VisitStandard.ValidNewCustomers"/>, quoted on the card).
/// </summary>
public sealed record ShoutOutRules(long MillionClubThresholdMinor, int StreakDays, int ValidNewStandard)
{
    /// <summary>¥1,000,000 (in fen), 5 days, 3 valid new: the defaults for a CNY team.</summary>
    public static ShoutOutRules Default { get; } =
        new(MillionClub.DefaultThresholdMinor(2), ValidNewStreaks.DefaultDays, Kickoff.VisitStandard.Default.ValidNewCustomers);
}
