using IronArmy.Core.Teams;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>The team's evening share: prompts every rep for the recap, a win, a help request and tomorrow's plan.</summary>
[DisallowConcurrentExecution]
public sealed class EveningShareJob(RitualFanOut fanOut, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var scheduledUtc = (context.ScheduledFireTimeUtc ?? time.GetUtcNow()).UtcDateTime;
        await fanOut.RunAsync(Ritual.EveningShare, teamId, scheduledUtc, cancellationToken);
    }
}
