using IronArmy.Core.Scheduling;

namespace IronArmy.Data.Calendar;

/// <summary>
/// A manager's exception to the team's work week for one date: a holiday on a work day, or a
/// make-up work day on a day off (Chinese teams work some weekends around public holidays).
/// One row per team per date; setting the date again replaces the kind.
/// </summary>
public sealed class TeamCalendarDay
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public DateOnly Date { get; set; }

    public DayOverride Kind { get; set; }

    /// <summary>The manager who set it last.</summary>
    public long? SetByMemberId { get; set; }

    public DateTime SetAtUtc { get; set; }
}
