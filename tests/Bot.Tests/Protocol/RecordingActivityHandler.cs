using System.Collections.Concurrent;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>The product side of /api/messages, replaced by a recorder whose answer each test chooses.</summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Func<Activity, InvokeResponse?> Answer { get; set; } = _ => null;

    public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        Received.Enqueue(activity);
        return Task.FromResult(Answer(activity));
    }
}
