using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Leaderboards;

/// <summary>The three board rhythms: daily (after the digest), weekly and monthly (on the last work day).</summary>
public enum BoardPeriodKind
{
    Day,
    Week,
    Month,
}

/// <summary>
/// The dates a board covers, both ends included, in the team's calendar: one day, the team's
/// week (seven days from <see cref="FirstDayOfWeek"/>), or a calendar month.
/// </summary>
public sealed record BoardPeriod(BoardPeriodKind Kind, DateOnly Start, DateOnly End)
{
    public DateRange Dates => new(Start, End);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static BoardPeriod Day(DateOnly date) => new(BoardPeriodKind.Day, date, date);

    /// <summary>The team's week containing <paramref name="date"/>; it may run across a month end.</summary>
    public static BoardPeriod WeekOf(DateOnly date, WorkWeek workWeek)
    {
        var back = ((int)date.DayOfWeek - (int)FirstDayOfWeek(workWeek) + 7) % 7;
        var start = date.AddDays(-back);
        return new BoardPeriod(BoardPeriodKind.Week, start, start.AddDays(6));
    }

    public static BoardPeriod MonthOf(DateOnly date)
    {
        var start = new DateOnly(date.Year, date.Month, 1);
        return new BoardPeriod(BoardPeriodKind.Month, start, start.AddMonths(1).AddDays(-1));
    }

    public static BoardPeriod Containing(BoardPeriodKind kind, DateOnly date, WorkWeek workWeek) => kind switch
    {
        BoardPeriodKind.Day => Day(date),
        BoardPeriodKind.Week => WeekOf(date, workWeek),
        BoardPeriodKind.Month => MonthOf(date),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The period "most improved" compares against: the previous work day of the team's calendar
    /// (Saturday's board compares with Friday, Monday's with Saturday or, after a holiday, the last
    /// day worked; the day before when none is found within a month), the week before, the month before.
    /// </summary>
    public BoardPeriod Previous(TeamCalendar calendar) => Kind switch
    {
        BoardPeriodKind.Day => Day(calendar.PreviousWorkDay(Start) ?? Start.AddDays(-1)),
        BoardPeriodKind.Week => new BoardPeriod(BoardPeriodKind.Week, Start.AddDays(-7), End.AddDays(-7)),
        BoardPeriodKind.Month => MonthOf(Start.AddMonths(-1)),
        _ => throw new InvalidOperationException($"Unknown period kind {Kind}."),
    };

    /// <summary>The period's work days in the team's calendar, in date order.</summary>
    public IEnumerable<DateOnly> WorkDays(TeamCalendar calendar) => Dates.Dates.Where(calendar.IsWorkDay);

    /// <summary>
    /// The last work day of the period — the day its board is posted — or null when nobody works
    /// in it (a holiday week). A make-up work day counts; a holiday does not.
    /// </summary>
    public DateOnly? LastWorkDay(TeamCalendar calendar)
    {
        for (var d = End; d >= Start; d = d.AddDays(-1))
        {
            if (calendar.IsWorkDay(d)) return d;
        }

        return null;
    }

    /// <summary>
    /// The day a team's week starts: the work day right after its longest run of days off (its
    /// weekend). Monday for Monday–Saturday and Monday–Friday teams, Sunday for a Sunday–Thursday
    /// team. Of equal runs the one followed by the day earliest from Monday wins; a team that works
    /// every day (or none) starts on Monday.
    /// </summary>
    public static DayOfWeek FirstDayOfWeek(WorkWeek workWeek)
    {
        var best = DayOfWeek.Monday;
        var bestRun = 0;
        foreach (var day in MondayFirst)
        {
            if (!workWeek.Contains(day)) continue;
            var run = 0;
            while (run < 7 && !workWeek.Contains((DayOfWeek)(((int)day - run - 1 + 14) % 7))) run++;
            if (run > bestRun) (best, bestRun) = (day, run);
        }

        return best;
    }

    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
