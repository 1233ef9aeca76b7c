using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;

namespace IronArmy.Core.RideAlongs;

/// <summary>
/// A manager's own rhythm of ride-alongs (中间抓陪访): how many this week against the team's setting.
/// The week is the team's, as the weekly board counts it (<see cref="BoardPeriod.WeekOf"/>).
/// </summary>
public sealed record RideAlongRhythm(int Done, int PerWeek, DateOnly WeekStart, DateOnly WeekEnd)
{
    public const int DefaultPerWeek = 3;
    public const int MinPerWeek = 1;
    public const int MaxPerWeek = 20;

    public int Left => Math.Max(0, PerWeek - Done);

    public bool Met => Done >= PerWeek;

    public static (DateOnly Start, DateOnly End) WeekOf(DateOnly today, WorkWeek workWeek)
    {
        var week = BoardPeriod.WeekOf(today, workWeek);
        return (week.Start, week.End);
    }
}
