using IronArmy.Core.Kickoff;

namespace IronArmy.Data.Kickoff;

/// <summary>One row of a stored plan's visit list (Core: <see cref="PlannedVisit"/>).</summary>
public sealed class KickoffPlanVisit
{
    public const int MaxCustomerLength = 60;

    public long Id { get; set; }

    public long PlanId { get; set; }

    /// <summary>Position in the rep's list, from 0.</summary>
    public int Row { get; set; }

    public required string Customer
    {
        get;
        set
        {
            field = value;
            CustomerKey = CustomerName.Key(value);
        }
    }

    /// <summary><see cref="CustomerName.Key"/> of <see cref="Customer"/>, kept with it: a customer's last known class is looked up by it.</summary>
    public string CustomerKey { get; private set; } = "";

    public TimeOnly? Time { get; set; }

    public CustomerClass Class { get; set; }

    public KeyPerson KeyPerson { get; set; }

    public VisitOutcome Outcome { get; set; }
}
