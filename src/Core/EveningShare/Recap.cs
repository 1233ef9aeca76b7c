using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// What a rep shares at the evening share (domain.md "晚分享"): how each visit planned this morning
/// went, the visits made beyond the plan, the new customers actually added today, the vent
/// (倒垃圾), the win (拔尖), the help request (补充养分), and tomorrow's plan.
/// </summary>
public sealed record Recap(
    IReadOnlyList<PlannedVisitResult> Planned,
    IReadOnlyList<UnplannedVisit> Unplanned,
    IReadOnlyList<NewCustomerCandidate> NewCustomers,
    Vent? Vent,
    Win? Win,
    HelpRequest? Help,
    IReadOnlyList<string> Tomorrow)
{
    public int ValidNewCustomers => NewCustomers.Count(c => c.IsValid);
}

/// <summary>
/// How one visit of this morning's plan went, in plan order. A visit not done carries nothing
/// else: no class after (the customer stays as planned), no key person, no amount.
/// </summary>
public sealed record PlannedVisitResult(string Customer, bool Done, bool ReachedFirstKp, ClassAfter? After, long SignedAmountMinor)
{
    public static PlannedVisitResult NotDone(string customer) => new(customer, false, false, null, 0);
}

/// <summary>A visit made today that was not on the morning plan (a cold call near a planned one, a customer who phoned).</summary>
public sealed record UnplannedVisit(string Customer, VisitType Type, ClassAfter After, bool ReachedFirstKp, long SignedAmountMinor);

/// <summary>Where the customer stands after the visit: a class, signed, or lost.</summary>
public enum ClassAfter
{
    A,
    B,
    C,
    Signed,
    Lost,
}

/// <summary>倒垃圾: the day's frustration, shown only where its author chose.</summary>
public sealed record Vent(string Text, VentVisibility Visibility);

/// <summary>Manager only is the default: a vent is never public unless its author says so.</summary>
public enum VentVisibility
{
    ManagerOnly,
    TeamAnonymous,
    TeamNamed,
}

/// <summary>拔尖: what worked today — the opening, the objection, the close — in the rep's words.</summary>
public sealed record Win(string Text, WinVisibility Visibility);

/// <summary>
/// A win goes to the manager (who may invite the rep to share it) unless the rep makes it
/// team-visible, with their name or without. The manager always sees who won (<see cref="ShareInvites"/>);
/// anonymity is towards the team. Stored by name, so the order here is only the card's.
/// </summary>
public enum WinVisibility
{
    ManagerOnly,

    /// <summary>The team sees the win, never who wrote it.</summary>
    TeamAnonymous,

    /// <summary>The team sees the win with the rep's name.</summary>
    Team,
}

/// <summary>补充养分: what is stuck, and with which customer when it is about one (null when it is a skill, not a customer).</summary>
public sealed record HelpRequest(string? Customer, string Stuck);
