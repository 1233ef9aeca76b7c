namespace IronArmy.Core.Scheduling;

/// <summary>
/// Whether a ritual whose moment passed while the bot was down is still worth sending.
/// A kickoff prompt 20 minutes late still helps the morning meeting; one at noon does not.
/// </summary>
public static class MissedFirePolicy
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(60);

    /// <summary>True when the fire is at most <paramref name="tolerance"/> late (an early or on-time fire always runs).</summary>
    public static bool ShouldRun(DateTime scheduledUtc, DateTime nowUtc, TimeSpan tolerance) =>
        nowUtc - scheduledUtc <= tolerance;
}
