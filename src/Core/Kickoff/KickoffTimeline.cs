using IronArmy.Core.Teams;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// The UTC instants of one work date's kickoff and its follow-ups. The kickoff is the team's local
/// time on that date (DST-correct); the follow-ups are elapsed minutes after it, so "15 minutes
/// later" is 15 real minutes even across a clock change. Edits close at the evening share.
/// </summary>
public sealed record KickoffTimeline(DateOnly WorkDate, DateTime KickoffUtc, DateTime NudgeUtc, DateTime ManagersUtc, DateTime BoardUtc, DateTime EditsCloseUtc)
{
    public static KickoffTimeline For(DateOnly workDate, TeamSchedule schedule, KickoffReminders reminders)
    {
        var kickoff = schedule.Zone.At(workDate, schedule.Kickoff);
        return new KickoffTimeline(
            workDate,
            kickoff,
            kickoff + reminders.Nudge,
            kickoff + reminders.Managers,
            kickoff + reminders.Board,
            EditsClose(workDate, schedule));
    }

    /// <summary>
    /// A plan for <paramref name="workDate"/> may be submitted or edited until the team's evening
    /// share time that day (exclusive): from then on the day is being reviewed against it.
    /// </summary>
    public static bool CanEdit(DateTime nowUtc, DateOnly workDate, TeamSchedule schedule) => nowUtc < EditsClose(workDate, schedule);

    /// <summary>The morning board goes out at its time, or as soon as every rep due has submitted.</summary>
    public bool BoardDue(DateTime nowUtc, int repsDue, int repsSubmitted) =>
        nowUtc >= BoardUtc || (repsDue > 0 && repsSubmitted >= repsDue);

    private static DateTime EditsClose(DateOnly workDate, TeamSchedule schedule) =>
        schedule.Zone.At(workDate, schedule.EveningShare);
}
