using IronArmy.Core.Teams;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// A team's daily ritual trigger firing (kickoff, evening share or digest; the job's key says which
/// team and which ritual, see <see cref="RitualKeys"/>): the fan-out for that team and fire time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RitualJob(RitualFanOut fanOut, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var key = context.JobDetail.Key;
        if (RitualKeys.TeamIdOf(key.Group) is not { } teamId || RitualKeys.RitualOf(key.Name) is not { } ritual) return;
        var scheduledUtc = (context.ScheduledFireTimeUtc ?? time.GetUtcNow()).UtcDateTime;
        await fanOut.RunAsync(ritual, teamId, scheduledUtc, cancellationToken);
    }
}
