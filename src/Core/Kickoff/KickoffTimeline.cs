using IronArmy.Core.Scheduling;
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
            EditsCloseAt(workDate, schedule));
    }

    /// <summary>
    /// A plan for <paramref name="workDate"/> may be submitted or edited until the team's evening
    /// share time that day (exclusive): from then on the day is being reviewed against it.
    /// </summary>
    public static bool CanEdit(DateTime nowUtc, DateOnly workDate, TeamSchedule schedule) => nowUtc < EditsCloseAt(workDate, schedule);

    /// <summary>
    /// The work day whose kickoff form a plan written for <paramref name="sentFor"/> fills in when it
    /// cannot be that day's plan at <paramref name="nowUtc"/>: a day that has not begun (tomorrow's plan
    /// written tonight, 晚效率) keeps its words for itself; a day whose edits have closed hands them to
    /// the first later work day still open, so a rep who missed the window finds them in the next form.
    /// Null when no work day comes within <paramref name="lookAheadDays"/>.
    /// </summary>
    public static DateOnly? DraftDay(DateTime nowUtc, DateOnly sentFor, TeamSchedule schedule, TeamCalendar calendar, int lookAheadDays = 62)
    {
        for (var d = sentFor; d <= sentFor.AddDays(lookAheadDays); d = d.AddDays(1))
        {
            if (calendar.IsWorkDay(d) && CanEdit(nowUtc, d, schedule)) return d;
        }

        return null;
    }

    /// <summary>The morning board goes out at its time, or as soon as every rep due has submitted.</summary>
    public bool BoardDue(DateTime nowUtc, int repsDue, int repsSubmitted) =>
        nowUtc >= BoardUtc || (repsDue > 0 && repsSubmitted >= repsDue);

    /// <summary>When edits to <paramref name="workDate"/>'s plan close: the team's evening share that day.</summary>
    public static DateTime EditsCloseAt(DateOnly workDate, TeamSchedule schedule) =>
        schedule.Zone.At(workDate, schedule.EveningShare);
}
