namespace IronArmy.Core.Kickoff;

/// <summary>
/// The team's daily standard (domain.md "The visit standard"): 8 visits (4 new, 2 follow-up,
/// 2 closing) and "1 A, 2 B/C, 3 valid new". Every number is a team setting; a manager lowers
/// an unreachable one rather than let it be ignored.
/// </summary>
public sealed record VisitStandard(int Visits, int NewVisits, int FollowUpVisits, int ClosingVisits, int ACustomers, int BcCustomers, int ValidNewCustomers)
{
    /// <summary>The largest number a manager may set for any line (the daily visit bound of the kickoff form).</summary>
    public const int MaxValue = 50;

    public static VisitStandard Default { get; } = new(8, 4, 2, 2, 1, 2, 3);

    public int Of(StandardMeasure measure) => measure switch
    {
        StandardMeasure.Visits => Visits,
        StandardMeasure.NewVisits => NewVisits,
        StandardMeasure.FollowUpVisits => FollowUpVisits,
        StandardMeasure.ClosingVisits => ClosingVisits,
        StandardMeasure.ACustomers => ACustomers,
        StandardMeasure.BcCustomers => BcCustomers,
        StandardMeasure.ValidNewCustomers => ValidNewCustomers,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The standard with one line changed, as <c>set standard visits 8</c> does.</summary>
    public VisitStandard With(StandardMeasure measure, int value) => measure switch
    {
        StandardMeasure.Visits => this with { Visits = value },
        StandardMeasure.NewVisits => this with { NewVisits = value },
        StandardMeasure.FollowUpVisits => this with { FollowUpVisits = value },
        StandardMeasure.ClosingVisits => this with { ClosingVisits = value },
        StandardMeasure.ACustomers => this with { ACustomers = value },
        StandardMeasure.BcCustomers => this with { BcCustomers = value },
        StandardMeasure.ValidNewCustomers => this with { ValidNewCustomers = value },
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}
