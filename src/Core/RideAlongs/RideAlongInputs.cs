namespace IronArmy.Core.RideAlongs;

/// <summary>
/// The input ids of the ride-along card, shared by the card that renders them and <see cref="RideAlongForm"/>,
/// which reads them back. The customer sits in an id containing <c>customer</c>, as on the day forms.
/// </summary>
public static class RideAlongInputs
{
    public const string Rep = "ride.rep";
    public const string Customer = "ride.customer";
    public const string Stage = "ride.stage";
    public const string Skill = "ride.skill";
    public const string WentWell = "ride.well";
    public const string OneChange = "ride.change";
    public const string FollowUp = "ride.followup";
    public const string FollowUpOn = "ride.followup.date";
    public const string PrivateRemarks = "ride.private";

    /// <summary>In the order the card lays them out, which is the order problems are listed in.</summary>
    public static IReadOnlyList<string> All { get; } = [Rep, Customer, Stage, Skill, WentWell, OneChange, FollowUp, FollowUpOn, PrivateRemarks];

    /// <summary>What a submit must fill; the rest may stay blank.</summary>
    public static IReadOnlySet<string> Required { get; } = new HashSet<string>(StringComparer.Ordinal) { Rep, Customer, Stage, Skill, OneChange, FollowUp, FollowUpOn };
}

/// <summary>
/// How much a ride-along form takes: a few sentences a field (a phone's worth, and far under Teams'
/// 28 KB for the note), a skill named in a few words, and a follow-up within a quarter.
/// </summary>
public static class RideAlongLimits
{
    public const int MaxTextLength = 500;
    public const int MaxSkillLength = 60;
    public const int MaxCustomerLength = 100;

    /// <summary>A follow-up further out than this is not a follow-up of this ride-along.</summary>
    public const int MaxFollowUpDays = 92;
}
