using IronArmy.Core.Teams;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The UTC instants of one work date's evening share, its follow-ups and the digest. The share and
/// the digest are the team's local times on that date (DST-correct); the follow-ups are elapsed
/// minutes after the share, so "30 minutes later" is 30 real minutes even across a clock change.
/// </summary>
public sealed record EveningShareTimeline(DateOnly WorkDate, DateTime ShareUtc, DateTime NudgeUtc, DateTime ManagersUtc, DateTime DigestUtc)
{
    public static EveningShareTimeline For(DateOnly workDate, TeamSchedule schedule, RecapReminders reminders)
    {
        var share = schedule.Zone.At(workDate, schedule.EveningShare);
        return new EveningShareTimeline(
            workDate,
            share,
            share + reminders.Nudge,
            share + reminders.Managers,
            schedule.Zone.At(workDate, schedule.Digest));
    }

    /// <summary>
    /// The timeline of a round that really started at <paramref name="startedUtc"/>: a manager's
    /// <c>share now</c> after the share time keeps the offsets from then; a round started earlier
    /// (or on time) keeps the scheduled instants. The digest does not move.
    /// </summary>
    public EveningShareTimeline StartedAt(DateTime startedUtc)
    {
        if (startedUtc <= ShareUtc) return this;
        var late = startedUtc - ShareUtc;
        return this with { ShareUtc = startedUtc, NudgeUtc = NudgeUtc + late, ManagersUtc = ManagersUtc + late };
    }

    /// <summary>
    /// A follow-up happens only before the digest: from then on the recap is closed and the digest
    /// itself tells the manager who did not share, so a nudge or a list at or after it is skipped.
    /// </summary>
    public bool BeforeDigest(DateTime atUtc) => atUtc < DigestUtc;

    /// <summary>
    /// A recap for <paramref name="workDate"/> may be submitted or edited until the team's digest time
    /// that day (exclusive): the manager reviews the day as it stood then.
    /// </summary>
    public static bool CanEdit(DateTime nowUtc, DateOnly workDate, TeamSchedule schedule) => nowUtc < ClosesAt(workDate, schedule);

    /// <summary>When the recap for <paramref name="workDate"/> closes: the team's digest that day.</summary>
    public static DateTime ClosesAt(DateOnly workDate, TeamSchedule schedule) => schedule.Zone.At(workDate, schedule.Digest);
}
