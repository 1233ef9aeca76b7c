using IronArmy.Data.EveningShare;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// What another feature does once a recap is stored (store first, then act): the leaderboards look
/// for shout-out moments in it. Registered in DI; the evening share does not know who listens.
/// </summary>
public interface IRecapSaved
{
    Task OnRecapSavedAsync(Team team, RecapSaved saved, CancellationToken ct);
}
