namespace IronArmy.Core.Commands;

/// <summary>
/// <c>ride</c> / <c>陪访</c>, optionally naming the rep (<c>ride @Li Lei</c>, <c>陪访 @李雷</c>): the manager
/// opens the card to log a ride-along. <see cref="RepName"/> is the name as typed, without its @ or
/// Teams' mention tags; a real @mention travels in the activity's entities and wins.
/// </summary>
public sealed record RideAlongCommand(string? RepName) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>
/// <c>coaching @rep</c> / <c>辅导 @某人</c>: a rep's coaching history, per skill the stages over time;
/// without a rep, each rep's last ride-along.
/// </summary>
public sealed record CoachingHistoryCommand(string? RepName) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set rides per week 3</c> / <c>设置陪访 每周 3</c>: how many ride-alongs a week each manager aims for.</summary>
public sealed record SetRidesPerWeekCommand(int PerWeek) : Command
{
    public override bool RequiresManager => true;
}
