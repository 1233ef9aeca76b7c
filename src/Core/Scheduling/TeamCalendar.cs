using IronArmy.Core.Teams;

namespace IronArmy.Core.Scheduling;

/// <summary>
/// The team's work days: its work week, minus holidays, plus make-up work days. The ritual
/// triggers fire every day; this decides whether the date is worked.
/// </summary>
public sealed record TeamCalendar(WorkWeek WorkDays, IReadOnlyDictionary<DateOnly, DayOverride> Overrides)
{
    public static TeamCalendar Weekly(WorkWeek workDays) => new(workDays, new Dictionary<DateOnly, DayOverride>());

    public bool IsWorkDay(DateOnly date) => WorkDay.IsWorkDay(WorkDays, date, Overrides.TryGetValue(date, out var o) ? o : null);

    /// <summary>The last work day before <paramref name="date"/> within <paramref name="lookBackDays"/> (yesterday's plan on a Monday is Saturday's).</summary>
    public DateOnly? PreviousWorkDay(DateOnly date, int lookBackDays = 31)
    {
        for (var d = date.AddDays(-1); d >= date.AddDays(-lookBackDays); d = d.AddDays(-1))
        {
            if (IsWorkDay(d)) return d;
        }

        return null;
    }

    /// <summary>The first work day after <paramref name="date"/> within <paramref name="lookAheadDays"/> (Saturday's next is Monday's on a Mon–Fri team).</summary>
    public DateOnly? NextWorkDay(DateOnly date, int lookAheadDays = 62)
    {
        for (var d = date.AddDays(1); d <= date.AddDays(lookAheadDays); d = d.AddDays(1))
        {
            if (IsWorkDay(d)) return d;
        }

        return null;
    }

    /// <summary>The overrides a manager's <c>holiday</c> or <c>workday</c> command sets: one per date of the range, replacing what was there.</summary>
    public TeamCalendar With(DateRange dates, DayOverride kind)
    {
        var overrides = new Dictionary<DateOnly, DayOverride>(Overrides);
        foreach (var d in dates.Dates) overrides[d] = kind;
        return this with { Overrides = overrides };
    }
}
