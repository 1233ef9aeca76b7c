using IronArmy.Bot.Conversations;
using Quartz;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// Asks for a team's roster to be read from Teams. It runs as a persistent Quartz job rather
/// than inside the request: reading pages of members is slow and rate-limited, and a job
/// survives a restart between the install event and the read.
/// </summary>
public sealed class RosterSync(ISchedulerFactory schedulers)
{
    public async Task RequestAsync(long teamId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<RosterSyncJob>()
            .WithIdentity(OnboardingKeys.RosterSync(teamId))
            .UsingJobData(RosterSyncJob.TeamIdKey, teamId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Build();
        // Now on the scheduler's clock, not the machine's: the one the scheduler decides "due" by.
        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(OnboardingKeys.RosterSyncTrigger(teamId))
            .StartNow()
            .Build();
        // Replace: several member events in a row need one read, not one each.
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
    }
}
