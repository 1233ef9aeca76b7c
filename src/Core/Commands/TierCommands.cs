using IronArmy.Core.Tiers;

namespace IronArmy.Core.Commands;

// The 271 commands (domain.md "271"): the tiers card and its two settings.

/// <summary>
/// <c>271</c> / <c>二七一</c>: a manager gets the team's tiers card; a rep asking gets only their own
/// tier and what would lift it. Not manager-only: the handler decides what the asker may see.
/// </summary>
public sealed record ShowTiersCommand : Command;

/// <summary><c>set 271 window 20</c> / <c>设置271 窗口 20</c>: how many due work days the ranking covers.</summary>
public sealed record SetTierWindowCommand(int Days) : Command
{
    public override bool RequiresManager => true;
}

/// <summary><c>set 271 weights 40 25 20 15</c> / <c>设置271 权重 40 25 20 15</c>: the score's weights for amount, valid new, visits, moved to A.</summary>
public sealed record SetTierWeightsCommand(TierWeights Weights) : Command
{
    public override bool RequiresManager => true;
}
