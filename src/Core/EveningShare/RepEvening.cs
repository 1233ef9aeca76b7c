namespace IronArmy.Core.EveningShare;

/// <summary>
/// One rep due tonight, as the manager's digest sees them: the day their recap recorded and what
/// they wrote in it for the evening — the vent, the win, the help request — or none of it when they
/// did not submit. The visits themselves are in the <see cref="Day"/>.
/// </summary>
public sealed record RepEvening
{
    private RepEvening(string memberId, string name, RepDay? day, Vent? vent, Win? win, HelpRequest? help)
    {
        MemberId = memberId;
        Name = name;
        Day = day;
        Vent = vent;
        Win = win;
        Help = help;
    }

    public string MemberId { get; }

    public string Name { get; }

    public RepDay? Day { get; }

    public Vent? Vent { get; }

    public Win? Win { get; }

    public HelpRequest? Help { get; }

    public bool Submitted => Day is not null;

    public static RepEvening Shared(string memberId, string name, RepDay day, Recap recap) => Shared(memberId, name, day, recap.Vent, recap.Win, recap.Help);

    public static RepEvening Shared(string memberId, string name, RepDay day, Vent? vent, Win? win, HelpRequest? help) => new(memberId, name, day, vent, win, help);

    public static RepEvening NotSubmitted(string memberId, string name) => new(memberId, name, null, null, null, null);
}
