using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The values the evening card's choice sets send, shared by the card (which offers them) and the
/// form rules (which read them back). Reading ignores case and surrounding space. Toggles (done,
/// first KP) send <see cref="ToggleValue"/>.
/// </summary>
public static class RecapChoices
{
    public static string Of(ClassAfter after) => after switch
    {
        ClassAfter.A => "A",
        ClassAfter.B => "B",
        ClassAfter.C => "C",
        ClassAfter.Signed => "signed",
        ClassAfter.Lost => "lost",
        _ => throw new ArgumentOutOfRangeException(nameof(after), after, null),
    };

    public static string Of(VisitType type) => type switch
    {
        VisitType.New => "new",
        VisitType.FollowUp => "followup",
        VisitType.Closing => "closing",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(VentVisibility visibility) => visibility switch
    {
        VentVisibility.ManagerOnly => "manager",
        VentVisibility.TeamAnonymous => "anonymous",
        VentVisibility.TeamNamed => "named",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, null),
    };

    public static string Of(WinVisibility visibility) => visibility switch
    {
        WinVisibility.ManagerOnly => "manager",
        WinVisibility.TeamAnonymous => "anonymous",
        WinVisibility.Team => "team",
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, null),
    };

    public static bool TryRead(string value, out ClassAfter after) => ChoiceValue.TryRead<ClassAfter>(value, Of, out after);

    public static bool TryRead(string value, out VisitType type) => ChoiceValue.TryRead<VisitType>(value, Of, out type);

    public static bool TryRead(string value, out VentVisibility visibility) => ChoiceValue.TryRead<VentVisibility>(value, Of, out visibility);

    public static bool TryRead(string value, out WinVisibility visibility) => ChoiceValue.TryRead<WinVisibility>(value, Of, out visibility);
}
