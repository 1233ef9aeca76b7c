namespace IronArmy.Core.RideAlongs;

/// <summary>
/// One ride-along as the manager logged it (domain.md "中间抓陪访"): whom they rode with, at which
/// customer, the stage of the 16-character method, the skill practised, what went well, the one thing
/// to change, and the follow-up on a date. <see cref="PrivateRemarks"/> are the manager's alone: they
/// never reach the rep (<see cref="CoachingNote"/> is what does).
/// </summary>
public sealed record RideAlong(
    long RepMemberId,
    string Customer,
    CoachingStage Stage,
    string Skill,
    string? WentWell,
    string OneChange,
    string FollowUp,
    DateOnly FollowUpOn,
    string? PrivateRemarks)
{
    /// <summary>What the rep is sent: everything but the private remarks.</summary>
    public CoachingNote Note => new(Customer, Stage, Skill, WentWell, OneChange, FollowUp, FollowUpOn);
}

/// <summary>The part of a ride-along the rep reads in their 1:1 chat; it has no room for private remarks.</summary>
public sealed record CoachingNote(
    string Customer,
    CoachingStage Stage,
    string Skill,
    string? WentWell,
    string OneChange,
    string FollowUp,
    DateOnly FollowUpOn);
