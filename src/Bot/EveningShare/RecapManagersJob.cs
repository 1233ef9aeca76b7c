using IronArmy.Bot.Scheduling;
using IronArmy.Core.EveningShare;
using IronArmy.Data;
using IronArmy.Data.EveningShare;
using Quartz;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// An hour (a team setting) after the evening share, each manager gets one message naming the
/// reps who have not shared yet — while there is still time before the digest, or not at all.
/// Nothing is sent when everyone has shared.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecapManagersJob(IronArmyDbContext db, MissingRepsList list, TimeProvider clock, ILogger<RecapManagersJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } claimed) return;
        var (team, date) = claimed;
        var timeline = EveningShareTimeline.For(date, team.Schedule, team.RecapReminders);
        if (!timeline.BeforeDigest(clock.GetUtcNow().UtcDateTime))
        {
            log.LogInformation("Recap missing list for team {TeamId} on {WorkDate} skipped: the digest time has come", team.Id, date);
            return;
        }

        var missing = await db.RepsWithoutRecapAsync(team.Id, date, ct);
        if (missing.Count == 0) return;
        var told = await list.TellManagersAsync(team, date, missing, EveningShareKeys.MissingList, "Recap_MissingForManager", ct);
        log.LogInformation("Recap missing list for team {TeamId} on {WorkDate}: {Missing} missing, {Managers} managers told", team.Id, date, missing.Count, told);
    }
}
