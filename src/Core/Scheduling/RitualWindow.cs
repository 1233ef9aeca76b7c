using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Scheduling;

/// <summary>
/// When a ritual's form stops taking answers on a work date, as its timeline says: the kickoff at the
/// evening share (<see cref="KickoffTimeline.CanEdit"/>), the evening share at the digest
/// (<see cref="EveningShareTimeline.CanEdit"/>). The digest asks nobody for anything and never closes.
/// </summary>
public static class RitualWindow
{
    /// <summary>The UTC instant the ritual's answers for <paramref name="workDate"/> close; null when it has none.</summary>
    public static DateTime? ClosesAt(Ritual ritual, DateOnly workDate, TeamSchedule schedule) => ritual switch
    {
        Ritual.Kickoff => KickoffTimeline.EditsCloseAt(workDate, schedule),
        Ritual.EveningShare => EveningShareTimeline.ClosesAt(workDate, schedule),
        _ => null,
    };

    /// <summary>Prompting for the ritual on <paramref name="workDate"/> makes sense only while its answers can still be saved.</summary>
    public static bool IsOpen(Ritual ritual, DateOnly workDate, TeamSchedule schedule, DateTime nowUtc) =>
        ClosesAt(ritual, workDate, schedule) is not { } closes || nowUtc < closes;
}
