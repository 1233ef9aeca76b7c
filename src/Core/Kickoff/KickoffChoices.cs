using IronArmy.Core.Forms;
namespace IronArmy.Core.Kickoff;

/// <summary>
/// The values the kickoff card's choice sets send, shared by the card (which offers them) and the
/// form rules (which read them back). Reading ignores case. Toggles send <see cref="ToggleValue"/>.
/// </summary>
public static class KickoffChoices
{
    public static string Of(CustomerClass c) => c switch
    {
        CustomerClass.A => "A",
        CustomerClass.B => "B",
        CustomerClass.C => "C",
        CustomerClass.New => "New",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };

    public static string Of(KeyPerson kp) => kp switch
    {
        KeyPerson.First => "first",
        KeyPerson.Second => "second",
        _ => throw new ArgumentOutOfRangeException(nameof(kp), kp, null),
    };

    public static string Of(VisitOutcome outcome) => outcome switch
    {
        VisitOutcome.Close => "close",
        VisitOutcome.Advance => "advance",
        VisitOutcome.FirstContact => "first",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static bool TryRead(string value, out CustomerClass c) => ChoiceValue.TryRead<CustomerClass>(value, Of, out c);

    public static bool TryRead(string value, out KeyPerson kp) => ChoiceValue.TryRead<KeyPerson>(value, Of, out kp);

    public static bool TryRead(string value, out VisitOutcome outcome) => ChoiceValue.TryRead<VisitOutcome>(value, Of, out outcome);
}
