using System.Globalization;
using IronArmy.Core.Teams;
using Quartz;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// How a team's rituals are named in Quartz (group <c>team-{id}</c>, job and trigger <c>kickoff</c>/<c>share</c>/<c>digest</c>)
/// and in the outbox (<c>kickoff:{memberId}:{yyyy-MM-dd}</c>). The team id lives in the key, so jobs carry no data.
/// </summary>
public static class RitualKeys
{
    private const string GroupPrefix = "team-";

    public static IReadOnlyList<Ritual> All { get; } = [Ritual.Kickoff, Ritual.EveningShare, Ritual.Digest];

    public static string Group(long teamId) => GroupPrefix + teamId.ToString(CultureInfo.InvariantCulture);

    public static string Name(Ritual ritual) => ritual switch
    {
        Ritual.Kickoff => "kickoff",
        Ritual.EveningShare => "share",
        Ritual.Digest => "digest",
        _ => throw new ArgumentOutOfRangeException(nameof(ritual), ritual, null),
    };

    /// <summary>The ritual a job or trigger is named for, or null for a team's other jobs.</summary>
    public static Ritual? RitualOf(string name) => All.Cast<Ritual?>().FirstOrDefault(r => Name(r!.Value) == name);

    public static JobKey Job(long teamId, Ritual ritual) => new(Name(ritual), Group(teamId));

    public static TriggerKey Trigger(long teamId, Ritual ritual) => new(Name(ritual), Group(teamId));

    /// <summary>The team a job or trigger group belongs to, or null for groups that are not a team's.</summary>
    public static long? TeamIdOf(string group) =>
        group.StartsWith(GroupPrefix, StringComparison.Ordinal)
        && long.TryParse(group.AsSpan(GroupPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>
    /// One message per recipient, ritual, work date and part: repeating a fan-out queues nothing new.
    /// The first part has the plain key (<c>digest:{memberId}:{yyyy-MM-dd}</c>), later ones add their
    /// number (<c>…:2</c>), so a part's key never depends on how many parts there are.
    /// </summary>
    public static string Idempotency(Ritual ritual, long memberId, DateOnly workDate, int part = 1) =>
        Part(string.Create(CultureInfo.InvariantCulture, $"{Name(ritual)}:{memberId}:{workDate:yyyy-MM-dd}"), part);

    /// <summary>The key of part <paramref name="part"/> (from 1) of a message sent in parts under <paramref name="key"/>.</summary>
    public static string Part(string key, int part)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(part);
        return part == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}:{part}");
    }
}
