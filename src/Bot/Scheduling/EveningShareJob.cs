using IronArmy.Bot.EveningShare;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>The team's evening share: prompts every rep who has not shared yet for the recap, a win, a help request and tomorrow's plan, then its follow-ups.</summary>
[DisallowConcurrentExecution]
public sealed class EveningShareJob(EveningShareRound round, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var scheduledUtc = (context.ScheduledFireTimeUtc ?? time.GetUtcNow()).UtcDateTime;
        await round.StartAsync(teamId, scheduledUtc, cancellationToken);
    }
}
