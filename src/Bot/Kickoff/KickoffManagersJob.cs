using IronArmy.Bot.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Kickoff;
using Quartz;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// 30 minutes (a team setting) after the kickoff, each manager gets one message naming the reps
/// who have not planned yet. Nothing is sent when everyone has.
/// </summary>
[DisallowConcurrentExecution]
public sealed class KickoffManagersJob(IronArmyDbContext db, MissingRepsList list, ILogger<KickoffManagersJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } dueTeam) return;
        var (team, date) = dueTeam;
        var missing = await db.RepsWithoutPlanAsync(team.Id, date, ct);
        var told = await list.TellManagersAsync(team, date, missing, KickoffKeys.MissingList, "Kickoff_MissingForManager", ct);
        log.LogInformation("Kickoff missing list for team {TeamId} on {WorkDate}: {Missing} missing, {Managers} managers told", team.Id, date, missing.Count, told);
    }
}
