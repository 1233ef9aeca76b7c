namespace IronArmy.Core.Scheduling;

/// <summary>Consecutive dates, both ends included: a holiday, a leave, a single day (Start == End).</summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"{end} is before {start}.", nameof(end));
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(Start.AddDays);

    public static DateRange Day(DateOnly date) => new(date, date);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => Start == End ? $"{Start:yyyy-MM-dd}" : $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
