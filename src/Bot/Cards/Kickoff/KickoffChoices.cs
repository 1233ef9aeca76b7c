using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Cards.Kickoff;

/// <summary>
/// The values the kickoff card's choice sets submit: class "A"/"B"/"C"/"New", key person
/// "first"/"second", outcome "close"/"advance"/"first". The form reader must parse the same.
/// </summary>
public static class KickoffChoices
{
    public const string Checked = "true";
    public const string Unchecked = "false";

    public static IReadOnlyList<CustomerClass> Classes { get; } = [CustomerClass.A, CustomerClass.B, CustomerClass.C, CustomerClass.New];
    public static IReadOnlyList<KeyPerson> KeyPersons { get; } = [KeyPerson.First, KeyPerson.Second];
    public static IReadOnlyList<VisitOutcome> Outcomes { get; } = [VisitOutcome.Close, VisitOutcome.Advance, VisitOutcome.FirstContact];

    public static string Value(CustomerClass c) => c.ToString();

    public static string Value(KeyPerson k) => k == KeyPerson.First ? "first" : "second";

    public static string Value(VisitOutcome o) => o switch
    {
        VisitOutcome.Close => "close",
        VisitOutcome.Advance => "advance",
        _ => "first",
    };

    public static CustomerClass? ClassOf(string? value) => Classes.Cast<CustomerClass?>().FirstOrDefault(c => Value(c!.Value) == value);

    public static KeyPerson? KeyPersonOf(string? value) => KeyPersons.Cast<KeyPerson?>().FirstOrDefault(k => Value(k!.Value) == value);

    public static VisitOutcome? OutcomeOf(string? value) => Outcomes.Cast<VisitOutcome?>().FirstOrDefault(o => Value(o!.Value) == value);
}
