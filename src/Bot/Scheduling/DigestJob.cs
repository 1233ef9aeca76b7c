using IronArmy.Core.Teams;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>The team's evening digest: sent to the team's managers before the evening meeting.</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(RitualFanOut fanOut, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var scheduledUtc = (context.ScheduledFireTimeUtc ?? time.GetUtcNow()).UtcDateTime;
        await fanOut.RunAsync(Ritual.Digest, teamId, scheduledUtc, cancellationToken);
    }
}
