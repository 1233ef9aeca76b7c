namespace IronArmy.Core.Kickoff;

/// <summary>
/// The values the kickoff card's choice sets and toggles send, shared by the card (which offers
/// them) and the form rules (which read them back). Reading ignores case.
/// </summary>
public static class KickoffChoices
{
    public const string True = "true";
    public const string False = "false";

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

    public static bool TryRead(string value, out CustomerClass c) => TryRead(value, Enum.GetValues<CustomerClass>(), Of, out c);

    public static bool TryRead(string value, out KeyPerson kp) => TryRead(value, Enum.GetValues<KeyPerson>(), Of, out kp);

    public static bool TryRead(string value, out VisitOutcome outcome) => TryRead(value, Enum.GetValues<VisitOutcome>(), Of, out outcome);

    private static bool TryRead<T>(string value, T[] all, Func<T, string> of, out T result)
        where T : struct, Enum
    {
        foreach (var candidate in all)
        {
            if (string.Equals(of(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
