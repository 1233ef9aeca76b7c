namespace IronArmy.Core.EveningShare;

/// <summary>
/// One rep due tonight, as the manager's digest sees them: their recap and the day computed from
/// it, or neither when they did not submit.
/// </summary>
public sealed record RepEvening
{
    private RepEvening(string memberId, string name, RepDay? day, Recap? recap)
    {
        MemberId = memberId;
        Name = name;
        Day = day;
        Recap = recap;
    }

    public string MemberId { get; }

    public string Name { get; }

    public RepDay? Day { get; }

    public Recap? Recap { get; }

    public bool Submitted => Recap is not null;

    public static RepEvening Shared(string memberId, string name, RepDay day, Recap recap) => new(memberId, name, day, recap);

    public static RepEvening NotSubmitted(string memberId, string name) => new(memberId, name, null, null);
}
