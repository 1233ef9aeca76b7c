using IronArmy.Bot.Protocol;
using IronArmy.Core.Teams;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>What a ritual says to one recipient: one message, or several when it does not fit in one (the digest, in parts).</summary>
public sealed record RitualMessage(Member Recipient, IReadOnlyList<Activity> Parts);

/// <summary>What a ritual says to its recipients on one work date. The cards (kickoff, recap, digest) plug in here.</summary>
public interface IRitualMessages
{
    /// <summary>
    /// One <see cref="RitualMessage"/> per recipient, in their order. Built for all of them at once so
    /// what they share (the digest) is computed once per run.
    /// </summary>
    Task<IReadOnlyList<RitualMessage>> BuildAsync(Ritual ritual, Team team, IReadOnlyList<Member> recipients, DateOnly workDate, CancellationToken ct);
}
