using System.Globalization;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.EveningShare;
using IronArmy.Data.Teams;
using Quartz;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// The steps that follow a team's evening share — the nudge, the managers' list of who has not
/// shared, and the shared wins in the channel at the digest time — as one-shot Quartz triggers in
/// the persistent store, so a restart between the share and the digest does not lose them. A step
/// that runs twice sends nothing twice: its outbox keys are per person (or team) and date.
/// </summary>
public sealed class EveningShareFollowUps(ISchedulerFactory schedulers)
{
    /// <summary>The Quartz group of a team's evening follow-ups (the rituals themselves are in <c>team-{id}</c>).</summary>

    /// <summary>The job (and trigger) name of one step on one date, e.g. <c>nudge-2026-06-11</c>.</summary>

    /// <summary>
    /// Schedules the steps of <paramref name="timeline"/> (already moved to when the round really
    /// started): the nudge and the managers' list only when they come before the digest; the wins
    /// post at the digest for a team with a channel (whether it posts is read when it runs, so a
    /// manager may switch it on after the share).
    /// </summary>
    public async Task ScheduleAsync(Team team, EveningShareTimeline timeline, CancellationToken ct)
    {
        if (timeline.BeforeDigest(timeline.NudgeUtc))
            await OnceAsync<RecapNudgeJob>(team.Id, timeline.WorkDate, "nudge", timeline.NudgeUtc, ct);
        if (timeline.BeforeDigest(timeline.ManagersUtc))
            await OnceAsync<RecapManagersJob>(team.Id, timeline.WorkDate, "managers", timeline.ManagersUtc, ct);
        if (team.ChannelId is not null && timeline.BeforeDigest(timeline.ShareUtc))
            await OnceAsync<SharedWinsJob>(team.Id, timeline.WorkDate, "wins", timeline.DigestUtc, ct);
    }

    private async Task OnceAsync<TJob>(long teamId, DateOnly workDate, string step, DateTime atUtc, CancellationToken ct)
        where TJob : IJob =>
        await TeamDayJobs.ScheduleAsync<TJob>(await schedulers.GetScheduler(ct), teamId, workDate, EveningShareKeys.FollowUp(teamId, step, workDate), atUtc, ct);
}
