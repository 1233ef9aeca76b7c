namespace IronArmy.Core.Kickoff;

/// <summary>
/// The team's daily standard (domain.md "The visit standard"): 8 visits (4 new, 2 follow-up,
/// 2 closing) and "1 A, 2 B/C, 3 valid new". Every number is a team setting; a manager lowers
/// an unreachable one rather than let it be ignored.
/// </summary>
public sealed record VisitStandard(int Visits, int NewVisits, int FollowUpVisits, int ClosingVisits, int ACustomers, int BcCustomers, int ValidNewCustomers)
{
    public static VisitStandard Default { get; } = new(8, 4, 2, 2, 1, 2, 3);
}
