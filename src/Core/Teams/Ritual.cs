namespace IronArmy.Core.Teams;

/// <summary>The scheduled moments of the day (domain.md, "The day").</summary>
public enum Ritual
{
    Kickoff,
    EveningShare,
    Digest,
}
