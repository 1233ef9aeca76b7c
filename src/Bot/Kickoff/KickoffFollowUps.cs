using System.Collections.Concurrent;
using System.Globalization;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Kickoff;
using Quartz;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The steps that follow a team's kickoff — the nudge, the managers' list of who is missing, the
/// morning board — as one-shot Quartz triggers in the persistent store, so a restart between the
/// kickoff and 08:10 does not lose them. Each job claims its step, so none ever repeats.
/// </summary>
public sealed class KickoffFollowUps(ISchedulerFactory schedulers, TimeProvider clock)
{
    /// <summary>
    /// Plans arriving together share one board refresh: a burst of 100 submits at 07:50 would
    /// otherwise write 100 triggers to the job store, one transaction each, beside the plans.
    /// </summary>
    public static readonly TimeSpan BoardRefreshWindow = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(long TeamId, DateOnly WorkDate), DateTime> _refreshDue = new();

    /// <summary>
    /// Schedules the steps at their offsets after the kickoff; a round started late (a manager's
    /// <c>kickoff now</c> at 10:00) keeps the offsets from when it really started.
    /// </summary>
    public async Task ScheduleAsync(long teamId, KickoffTimeline timeline, DateTime nowUtc, CancellationToken ct)
    {
        var start = nowUtc > timeline.KickoffUtc ? nowUtc : timeline.KickoffUtc;
        await OnceAsync<KickoffNudgeJob>(teamId, timeline.WorkDate, "nudge", start + (timeline.NudgeUtc - timeline.KickoffUtc), ct);
        await OnceAsync<KickoffManagersJob>(teamId, timeline.WorkDate, "managers", start + (timeline.ManagersUtc - timeline.KickoffUtc), ct);
        await OnceAsync<MorningBoardJob>(teamId, timeline.WorkDate, "board", start + (timeline.BoardUtc - timeline.KickoffUtc), ct);
    }

    /// <summary>
    /// Builds the morning board again shortly: a plan came in (post when everyone is in, else update
    /// in place). A refresh already due in this process covers the new plan too.
    /// </summary>
    public async Task RefreshBoardAsync(long teamId, DateOnly workDate, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var at = now + BoardRefreshWindow;
        var key = (teamId, workDate);
        if (_refreshDue.TryGetValue(key, out var due) && due > now) return;
        _refreshDue[key] = at;
        await RetryBoardAsync(teamId, workDate, at, ct);
    }

    /// <summary>Runs the board job again at <paramref name="atUtc"/> (its first post is not out yet).</summary>
    public Task RetryBoardAsync(long teamId, DateOnly workDate, DateTime atUtc, CancellationToken ct) =>
        OnceAsync<MorningBoardJob>(teamId, workDate, "board-refresh", atUtc, ct);

    private async Task OnceAsync<TJob>(long teamId, DateOnly workDate, string step, DateTime atUtc, CancellationToken ct)
        where TJob : IJob =>
        await TeamDayJobs.ScheduleAsync<TJob>(await schedulers.GetScheduler(ct), teamId, workDate, KickoffKeys.FollowUp(teamId, step, workDate), atUtc, ct);
}
