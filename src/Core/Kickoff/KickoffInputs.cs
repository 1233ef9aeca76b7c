using System.Globalization;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// The input ids of the kickoff card, shared by the card that renders them and the rules that
/// read them back. Customer names sit in ids containing <c>customer</c>, money in ids containing <c>amount</c>.
/// </summary>
public static class KickoffInputs
{
    /// <summary>Room for eight visits, the daily standard; four rows show until the rep asks for more.</summary>
    public const int MaxVisits = 8;
    public const int VisibleVisitRows = 4;
    public const int MaxNewCustomers = 3;

    public static string TargetAmount(TargetPeriod p) => $"target.{Name(p)}.amount";
    public static string TargetVisits(TargetPeriod p) => $"target.{Name(p)}.visits";
    public static string TargetValidNew(TargetPeriod p) => $"target.{Name(p)}.validnew";

    public static string VisitCustomer(int row) => $"visit.{Row(row)}.customer";
    public static string VisitTime(int row) => $"visit.{Row(row)}.time";
    public static string VisitClass(int row) => $"visit.{Row(row)}.class";
    public static string VisitKeyPerson(int row) => $"visit.{Row(row)}.kp";
    public static string VisitOutcome(int row) => $"visit.{Row(row)}.outcome";

    public static string NewCustomer(int row) => $"newcustomer.{Row(row)}.customer";
    public static string NewCustomerNeed(int row) => $"newcustomer.{Row(row)}.need";
    public static string NewCustomerBudget(int row) => $"newcustomer.{Row(row)}.budget";
    public static string NewCustomerPayer(int row) => $"newcustomer.{Row(row)}.payer";

    private static string Name(TargetPeriod p) => p.ToString().ToLowerInvariant();

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);
}

public enum TargetPeriod
{
    Month,
    Week,
    Day,
}

/// <summary>One thing wrong with one input of a submitted card; the card marks it in the user's language.</summary>
public sealed record FieldProblem(string InputId, FieldProblemKind Kind);

public enum FieldProblemKind
{
    Required,
    NotAWholeNumber,
    OutOfRange,
    NotAnAmount,
    NotATime,
    TooLong,
    UnknownChoice,
    /// <summary>A visit row with details but no customer, or a customer twice.</summary>
    Incomplete,
    Duplicate,
}
