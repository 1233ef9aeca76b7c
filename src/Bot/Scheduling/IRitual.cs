using IronArmy.Bot.Protocol;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>What a ritual says to one recipient: one message, or several when it does not fit in one (the digest, in parts).</summary>
public sealed record RitualMessage(Member Recipient, IReadOnlyList<Activity> Parts)
{
    /// <summary>One message of one part per recipient, built in their order (the kickoff and recap forms).</summary>
    public static async Task<IReadOnlyList<RitualMessage>> OneEachAsync(IReadOnlyList<Member> recipients, Func<Member, Task<Activity>> build)
    {
        var messages = new List<RitualMessage>(recipients.Count);
        foreach (var m in recipients) messages.Add(new RitualMessage(m, [await build(m)]));
        return messages;
    }
}

/// <summary>
/// One ritual of the day as its feature defines it (kickoff, evening share, digest), registered keyed
/// by its <see cref="Core.Teams.Ritual"/>. <see cref="RitualFanOut"/> does the rest: when it is due,
/// to whom, and queuing what this says.
/// </summary>
public interface IRitual
{
    /// <summary>
    /// One <see cref="RitualMessage"/> per recipient, in their order. Built for all of them at once so
    /// what they share (the digest) is computed once per run.
    /// </summary>
    Task<IReadOnlyList<RitualMessage>> MessagesAsync(Team team, IReadOnlyList<Member> recipients, DateOnly workDate, CancellationToken ct);

    /// <summary>What follows once the prompts are queued (nudges, the managers' list, a board), from <paramref name="startedUtc"/>.</summary>
    Task FollowUpAsync(Team team, DateOnly workDate, DateTime startedUtc, CancellationToken ct);
}
