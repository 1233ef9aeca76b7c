using IronArmy.Bot.Kickoff;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>The team's morning kickoff: prompts every rep for today's targets and visit plan, then its follow-ups.</summary>
[DisallowConcurrentExecution]
public sealed class KickoffJob(KickoffRound round, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var scheduledUtc = (context.ScheduledFireTimeUtc ?? time.GetUtcNow()).UtcDateTime;
        await round.StartAsync(teamId, scheduledUtc, cancellationToken);
    }
}
