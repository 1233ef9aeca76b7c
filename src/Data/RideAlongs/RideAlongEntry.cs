using IronArmy.Core.RideAlongs;

namespace IronArmy.Data.RideAlongs;

/// <summary>
/// One ride-along a manager logged (中间抓陪访). Never deleted. <see cref="PrivateRemarks"/> are the
/// manager's alone and are never read into what a rep is sent (<see cref="ToCore"/> keeps them apart:
/// the rep's note is <see cref="RideAlong.Note"/>).
/// </summary>
public sealed class RideAlongEntry
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public long ManagerMemberId { get; set; }

    public long RepMemberId { get; set; }

    /// <summary>The team's work date it was logged on.</summary>
    public DateOnly WorkDate { get; set; }

    public required string Customer { get; set; }

    public CoachingStage Stage { get; set; }

    public required string Skill { get; set; }

    /// <summary>The skill as compared (<see cref="Core.Kickoff.CustomerName.Key"/>), so one skill's history is one index range.</summary>
    public required string SkillKey { get; set; }

    public string? WentWell { get; set; }

    public required string OneChange { get; set; }

    public required string FollowUp { get; set; }

    public DateOnly FollowUpOn { get; set; }

    public string? PrivateRemarks { get; set; }

    public DateTime LoggedAtUtc { get; set; }

    /// <summary>When the rep pressed "Got it" on the note; null until then.</summary>
    public DateTime? AcknowledgedAtUtc { get; set; }

    public RideAlong ToCore() => new(RepMemberId, Customer, Stage, Skill, WentWell, OneChange, FollowUp, FollowUpOn, PrivateRemarks);
}

/// <summary>A team's ride-along setting: how many a week each manager aims for. No row means the default.</summary>
public sealed class RideAlongSettingsEntry
{
    public long TeamId { get; set; }

    public int RidesPerWeek { get; set; } = RideAlongRhythm.DefaultPerWeek;
}
