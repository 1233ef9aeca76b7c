namespace IronArmy.Core.Kickoff;

/// <summary>
/// The month and week targets that still hold from the rep's last kickoff, so the card pre-fills
/// them and the rep only edits what changed. Null means nothing carries (a new month or week, or
/// no earlier entry). The day target never carries: every day's target is stated afresh.
/// </summary>
public sealed record CarriedTargets(Target? Month, Target? Week)
{
    public static CarriedTargets None { get; } = new(null, null);

    /// <summary>
    /// The rep's first kickoff ever (no plan before it): nothing carries, and the form asks for
    /// today's targets only — month and week may follow on a later day, when they are asked for.
    /// </summary>
    public static CarriedTargets FirstPlan { get; } = new(null, null) { IsFirstPlan = true };

    /// <summary>No kickoff plan precedes this one: month and week targets may be left blank.</summary>
    public bool IsFirstPlan { get; init; }

    /// <summary>
    /// Month carries within the same calendar month, week within the same ISO week (Monday to
    /// Sunday, so a Saturday entry carries to Sunday but not to Monday). A last entry dated after
    /// <paramref name="today"/> carries nothing, and neither does a month or week the last plan left unset.
    /// </summary>
    public static CarriedTargets From(Targets? last, DateOnly lastDate, DateOnly today)
    {
        if (last is null || lastDate > today) return None;
        var sameMonth = lastDate.Year == today.Year && lastDate.Month == today.Month;
        var sameWeek = MondayOf(lastDate) == MondayOf(today);
        return new CarriedTargets(sameMonth ? last.Month : null, sameWeek ? last.Week : null);
    }

    public Target? For(TargetPeriod period) => period switch
    {
        TargetPeriod.Month => Month,
        TargetPeriod.Week => Week,
        _ => null,
    };

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
