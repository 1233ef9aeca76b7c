using IronArmy.Bot.Protocol;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>What a ritual says to one recipient on one work date. The cards (kickoff, recap, digest) plug in here.</summary>
public interface IRitualMessages
{
    Task<Activity> BuildAsync(Ritual ritual, Team team, Member recipient, DateOnly workDate, CancellationToken ct);
}
