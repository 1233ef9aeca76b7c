using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// Progress with a customer (domain.md "Customer class"): up the ladder C → B → A → signed, one
/// step or several (C→A and B→signed are moves too). Only customers already classed A, B or C
/// move; a New customer's first class is where it starts, not a move, and losing one is no move up.
/// </summary>
public sealed record ClassMove(string Customer, CustomerClass From, ClassAfter To)
{
    /// <summary>A move that reaches A from B or C: with a signing, what earns an invitation to share (拔尖).</summary>
    public bool ReachesA => To == ClassAfter.A;

    public bool Signs => To == ClassAfter.Signed;

    /// <summary>The visit's move up, or null when it did not move the customer up.</summary>
    public static ClassMove? Of(VisitFact visit)
    {
        if (visit.Before is not { } from || Rank(from) is not { } before) return null;
        if (Rank(visit.After) is not { } after || after <= before) return null;
        return new ClassMove(visit.Customer, from, visit.After);
    }

    private static int? Rank(CustomerClass c) => c switch
    {
        CustomerClass.C => 1,
        CustomerClass.B => 2,
        CustomerClass.A => 3,
        _ => null,
    };

    private static int? Rank(ClassAfter c) => c switch
    {
        ClassAfter.C => 1,
        ClassAfter.B => 2,
        ClassAfter.A => 3,
        ClassAfter.Signed => 4,
        _ => null,
    };
}
