namespace IronArmy.Core.Leaderboards;

/// <summary>
/// A team's shout-out settings (<c>set shoutouts …</c>): whether 标杆时刻 are posted at all, at most
/// one post per interval, the million-club threshold the manager set (null: the
/// default for the team's currency) and the streak length in due work days.
/// </summary>
public sealed record ShoutOutSettings(bool Enabled, TimeSpan Interval, long? MillionClubThresholdMinor, int StreakDays)
{
    /// <summary>On, one post per 10 minutes, 1,000,000 of the team currency, 5 days.</summary>
    public static ShoutOutSettings Default { get; } = new(true, TimeSpan.FromMinutes(10), null, ValidNewStreaks.DefaultDays);

    /// <summary>The rules the detection reads, the threshold defaulted for a currency with <paramref name="minorDigits"/>.</summary>
    public ShoutOutRules RulesFor(int minorDigits, int validNewStandard) =>
        new(MillionClubThresholdMinor ?? MillionClub.DefaultThresholdMinor(minorDigits), StreakDays, validNewStandard);
}
