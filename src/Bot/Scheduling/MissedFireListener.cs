using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>Logs every fire Quartz skipped because it was later than the misfire tolerance (e.g. the bot was down).</summary>
public sealed class MissedFireListener(ILogger<MissedFireListener> log) : ITriggerListener
{
    public string Name => nameof(MissedFireListener);

    public ValueTask TriggerMisfired(ITrigger trigger, IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        log.LogWarning("Skipped missed fire of {Trigger}: later than the misfire tolerance; next fire {NextFireUtc:o}",
            trigger.Key.ToString(), trigger.NextFireTimeUtc?.UtcDateTime);
        return ValueTask.CompletedTask;
    }
}
