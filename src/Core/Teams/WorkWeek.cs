namespace IronArmy.Core.Teams;

/// <summary>The days of the week a team works, as a set of <see cref="DayOfWeek"/> flags.</summary>
public readonly record struct WorkWeek(int Mask)
{
    public static WorkWeek MondayToSaturday { get; } = Of(
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday);

    public static WorkWeek Of(params DayOfWeek[] days) => new(days.Aggregate(0, (mask, d) => mask | (1 << (int)d)));

    public bool Contains(DayOfWeek day) => (Mask & (1 << (int)day)) != 0;

    public bool IsEmpty => Mask == 0;

    /// <summary>Days in calendar order starting Monday, the way sales teams read a week.</summary>
    public IEnumerable<DayOfWeek> Days =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Where(Contains);
}
