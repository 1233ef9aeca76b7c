using IronArmy.Core.Leaderboards;

namespace IronArmy.Data.Leaderboards;

/// <summary>
/// A month a manager marked as 大战月 (Core: <see cref="BattleMonth"/>), with the team's
/// signed-amount goal: one row per team per month; marking it again replaces the goal.
/// </summary>
public sealed class BattleMonthEntry
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>Minor units of the team currency.</summary>
    public long GoalMinor { get; set; }

    /// <summary>The manager who set it last.</summary>
    public long? SetByMemberId { get; set; }

    public DateTime SetAtUtc { get; set; }

    public BattleMonth ToCore() => new(Month, GoalMinor);
}
