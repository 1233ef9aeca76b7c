namespace IronArmy.Core.Kickoff;

/// <summary>
/// What a rep commits to at the morning kickoff (domain.md "早启动"): month, week and day targets,
/// today's visit plan, and today's candidate valid new customers.
/// </summary>
public sealed record KickoffPlan(Targets Targets, IReadOnlyList<PlannedVisit> Visits, IReadOnlyList<NewCustomerCandidate> NewCustomers)
{
    public int ValidNewCustomers => NewCustomers.Count(c => c.IsValid);

    public int ACustomers => Visits.Count(v => v.Class == CustomerClass.A);
}

/// <summary>A target for a period. Money is in the team currency's minor units (fen for CNY).</summary>
public sealed record Target(long SignedAmountMinor, int Visits, int ValidNewCustomers);

/// <summary>Month and week are null only on a rep's first plan, which may state today's targets alone (<see cref="CarriedTargets.FirstPlan"/>).</summary>
public sealed record Targets(Target? Month, Target? Week, Target Day);

/// <summary>One planned visit: which customer, when, how warm, whom we meet, and what we want from it.</summary>
public sealed record PlannedVisit(string Customer, TimeOnly? Time, CustomerClass Class, KeyPerson KeyPerson, VisitOutcome Outcome)
{
    /// <summary>How the visit counts against the 4 new / 2 follow-up / 2 closing standard.</summary>
    public VisitType Type => Outcome switch
    {
        VisitOutcome.Close => VisitType.Closing,
        VisitOutcome.FirstContact => VisitType.New,
        _ when Class == CustomerClass.New => VisitType.New,
        _ => VisitType.FollowUp,
    };
}

/// <summary>
/// A new contact and the three tests of a valid new customer (有效新客户): has a need, has a budget,
/// is the person who pays. Failing any one makes it a contact, not a valid new customer.
/// </summary>
public sealed record NewCustomerCandidate(string Name, bool HasNeed, bool HasBudget, bool IsPayer)
{
    public bool IsValid => HasNeed && HasBudget && IsPayer;
}

/// <summary>A = ready to sign soon; B = interested, being worked; C = early or weak; New = first contact today.</summary>
public enum CustomerClass
{
    A,
    B,
    C,
    New,
}

/// <summary>The first key person signs (第一KP); a second key person influences.</summary>
public enum KeyPerson
{
    First,
    Second,
}

/// <summary>What the visit is for: close an A customer, move a B/C forward, or make first contact.</summary>
public enum VisitOutcome
{
    Close,
    Advance,
    FirstContact,
}

/// <summary>The visit kinds of the daily standard: 4 new, 2 follow-ups, 2 closing.</summary>
public enum VisitType
{
    New,
    FollowUp,
    Closing,
}
