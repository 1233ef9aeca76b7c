namespace IronArmy.Core.Teams;

/// <summary>
/// When a team's rituals happen, in the team's own IANA time zone.
/// Defaults are the method's: Asia/Shanghai, kickoff 07:40, evening share 18:30, digest 21:00, Monday–Saturday.
/// </summary>
public sealed record TeamSchedule(
    TeamZone Zone,
    TimeOnly Kickoff,
    TimeOnly EveningShare,
    TimeOnly Digest,
    WorkWeek WorkDays)
{
    public static TeamSchedule Default { get; } = new(
        TeamZone.Of("Asia/Shanghai"),
        new TimeOnly(7, 40),
        new TimeOnly(18, 30),
        new TimeOnly(21, 0),
        WorkWeek.MondayToSaturday);

    public TimeOnly TimeOf(Ritual ritual) => ritual switch
    {
        Ritual.Kickoff => Kickoff,
        Ritual.EveningShare => EveningShare,
        Ritual.Digest => Digest,
        _ => throw new ArgumentOutOfRangeException(nameof(ritual), ritual, null),
    };
}
