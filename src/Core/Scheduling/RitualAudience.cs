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

    /// <summary>
    /// Whether a member is prompted for a ritual on a team date: in the audience, the date a work
    /// day of the team's calendar, and the member not on leave that day.
    /// </summary>
    public static bool IsDue(
        Ritual ritual,
        MemberRole role,
        bool isActive,
        DateTime? unreachableSinceUtc,
        IEnumerable<DateRange> leave,
        TeamCalendar calendar,
        DateOnly date) =>
        Includes(ritual, role, isActive, unreachableSinceUtc) && calendar.IsWorkDay(date) && !Leave.IsOnLeave(leave, date);
}
