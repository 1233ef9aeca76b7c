using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Data.EveningShare;

/// <summary>
/// One visit made (Core: <see cref="VisitFact"/>), derived from the morning plan and the recap.
/// Team, member and date are copied from the recap so the digest's history (90 days of a team)
/// is read by one index range on (TeamId, WorkDate) without touching the recap rows.
/// </summary>
public sealed class VisitFactEntry
{
    public long Id { get; set; }

    public long RecapId { get; set; }

    public long TeamId { get; set; }

    public long MemberId { get; set; }

    public DateOnly WorkDate { get; set; }

    /// <summary>Position in the day's visits (planned first, in plan order), from 0.</summary>
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

    public VisitType Type { get; set; }

    /// <summary>Null when unknown (an unplanned follow-up or closing visit to an unclassified customer).</summary>
    public CustomerClass? Before { get; set; }

    public ClassAfter After { get; set; }

    public bool ReachedFirstKp { get; set; }

    public long SignedAmountMinor { get; set; }

    public bool Planned { get; set; }

    /// <summary>When the recap that produced this fact was saved.</summary>
    public DateTime LoggedAtUtc { get; set; }

    public VisitFact ToCore() => new(Customer, Type, Before, After, ReachedFirstKp, SignedAmountMinor, Planned);
}
