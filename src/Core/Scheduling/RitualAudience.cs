using IronArmy.Core.Teams;

namespace IronArmy.Core.Scheduling;

/// <summary>Who a ritual speaks to: reps are prompted for kickoff and share, managers get the digest.</summary>
public static class RitualAudience
{
    public static MemberRole RoleFor(Ritual ritual) => ritual switch
    {
        Ritual.Kickoff or Ritual.EveningShare => MemberRole.Rep,
        Ritual.Digest => MemberRole.Manager,
        _ => throw new ArgumentOutOfRangeException(nameof(ritual), ritual, null),
    };

    /// <summary>
    /// Active members of the ritual's role whom Teams can still reach; a member who blocked the
    /// bot (403) is skipped rather than queued for a send that is certain to fail.
    /// </summary>
    public static bool Includes(Ritual ritual, MemberRole role, bool isActive, DateTime? unreachableSinceUtc) =>
        isActive && unreachableSinceUtc is null && role == RoleFor(ritual);
}
