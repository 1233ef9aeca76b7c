using System.Globalization;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// The input ids of the kickoff card, shared by the card that renders them and the rules that
/// read them back; its new-customer rows are <see cref="Forms.NewCustomerInputs"/>, as on the evening card.
/// Customer names sit in ids containing <c>customer</c>, money in ids containing <c>amount</c>.
/// </summary>
public static class KickoffInputs
{
    /// <summary>Room for eight visits, the daily standard; four rows show until the rep asks for more.</summary>
    public const int MaxVisits = 8;
    public const int VisibleVisitRows = 4;

    public static string TargetAmount(TargetPeriod p) => $"target.{Name(p)}.amount";
    public static string TargetVisits(TargetPeriod p) => $"target.{Name(p)}.visits";
    public static string TargetValidNew(TargetPeriod p) => $"target.{Name(p)}.validnew";

    public static string VisitCustomer(int row) => $"visit.{Row(row)}.customer";
    public static string VisitTime(int row) => $"visit.{Row(row)}.time";
    public static string VisitClass(int row) => $"visit.{Row(row)}.class";
    public static string VisitKeyPerson(int row) => $"visit.{Row(row)}.kp";
    public static string VisitOutcome(int row) => $"visit.{Row(row)}.outcome";

    private static string Name(TargetPeriod p) => p.ToString().ToLowerInvariant();

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);
}

public enum TargetPeriod
{
    Month,
    Week,
    Day,
}
