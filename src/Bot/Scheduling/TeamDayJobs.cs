using System.Globalization;
using IronArmy.Data;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// One-shot Quartz jobs for one team's work date — the kickoff's and the evening share's follow-ups,
/// the board posts — kept in the persistent store with the team and the date, so a restart does not
/// lose them. Asking again replaces the job: a repeated round or a late <c>… now</c> moves the step
/// to its new time instead of adding a second run.
/// </summary>
public static class TeamDayJobs
{
    private const string TeamIdKey = "teamId";
    private const string WorkDateKey = "workDate";

    public static async Task ScheduleAsync<TJob>(IScheduler scheduler, long teamId, DateOnly workDate, JobKey key, DateTime atUtc, CancellationToken ct)
        where TJob : IJob
    {
        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key)
            .UsingJobData(TeamIdKey, teamId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(WorkDateKey, workDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Build();
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider).WithIdentity(key.Name, key.Group).StartAt(atUtc).Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>The team and work date a job is for.</summary>
    public static (long TeamId, DateOnly WorkDate) Of(IJobExecutionContext context) =>
        (long.Parse(context.MergedJobDataMap.GetString(TeamIdKey)!, CultureInfo.InvariantCulture),
         DateOnly.ParseExact(context.MergedJobDataMap.GetString(WorkDateKey)!, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The active team and work date a job is for; null when the team is gone or uninstalled.</summary>
    public static async Task<(Team Team, DateOnly WorkDate)?> ActiveTeamOfAsync(IronArmyDbContext db, IJobExecutionContext context, CancellationToken ct)
    {
        var (teamId, date) = Of(context);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        return team is { IsActive: true } ? (team, date) : null;
    }
}
