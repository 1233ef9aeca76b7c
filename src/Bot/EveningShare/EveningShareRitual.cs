using IronArmy.Bot.Cards;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.EveningShare;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The 18:30 evening share as a ritual: each rep due who has not shared gets the recap form,
/// pre-filled from the morning's plan; then the nudge, the managers' list and the shared wins at
/// their times (none at or after the digest).
/// </summary>
public sealed class EveningShareRitual(RecapCards cards, EveningShareFollowUps followUps) : IRitual
{
    public Task<IReadOnlyList<RitualMessage>> MessagesAsync(Team team, IReadOnlyList<Member> recipients, DateOnly workDate, CancellationToken ct) =>
        RitualMessage.OneEachAsync(recipients, async m => CardMessage.Of(await cards.FormAsync(team, m, workDate, ct)));

    public Task FollowUpAsync(Team team, DateOnly workDate, DateTime startedUtc, CancellationToken ct) =>
        followUps.ScheduleAsync(team, EveningShareTimeline.For(workDate, team.Schedule, team.RecapReminders).StartedAt(startedUtc), ct);
}
