namespace IronArmy.Core.Scheduling;

/// <summary>
/// A date whose status differs from the team's work week: a holiday (放假) on a work day, or a
/// make-up work day (调休上班) on a weekend, as Chinese teams work around public holidays. One per
/// date: the manager's later command replaces the earlier.
/// </summary>
public enum DayOverride
{
    Holiday,
    MakeUpWorkDay,
}
