using IronArmy.Bot.Cards;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Kickoff;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The 07:40 kickoff as a ritual: each rep due gets their kickoff form, pre-filled; then the nudge,
/// the managers' list and the morning board follow at their offsets from when it really started
/// (a manager's <c>kickoff now</c> at 10:00 keeps the offsets from 10:00).
/// </summary>
public sealed class KickoffRitual(KickoffCards cards, KickoffFollowUps followUps) : IRitual
{
    public Task<IReadOnlyList<RitualMessage>> MessagesAsync(Team team, IReadOnlyList<Member> recipients, DateOnly workDate, CancellationToken ct) =>
        RitualMessage.OneEachAsync(recipients, async m => CardMessage.Of(await cards.FormAsync(team, m, workDate, ct)));

    public Task FollowUpAsync(Team team, DateOnly workDate, DateTime startedUtc, CancellationToken ct) =>
        followUps.ScheduleAsync(team.Id, KickoffTimeline.For(workDate, team.Schedule, team.Reminders), startedUtc, ct);
}
