using System.Globalization;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The input ids of the evening share card, shared by the card that renders them and the rules
/// that read them back. Rows are numbered from <see cref="RecapForm.FirstRow"/>; a planned row's
/// number is the visit's place in the morning plan; the new-customer rows are
/// <see cref="Forms.NewCustomerInputs"/>, as on the kickoff card. Customer names sit in ids containing
/// <c>customer</c>, money in ids containing <c>amount</c>, the vent, win and help in ids
/// containing <c>vent</c>, <c>win</c> and <c>help</c>.
/// </summary>
public static class RecapInputs
{
    public const int MaxUnplannedVisits = 8;

    /// <summary>Tomorrow's plan pre-fills tomorrow's kickoff, which has room for this many visits.</summary>
    public const int MaxTomorrow = KickoffInputs.MaxVisits;

    public static string PlannedDone(int row) => $"planned.{Row(row)}.done";
    public static string PlannedKeyPerson(int row) => $"planned.{Row(row)}.kp";
    public static string PlannedClass(int row) => $"planned.{Row(row)}.class";
    public static string PlannedAmount(int row) => $"planned.{Row(row)}.amount";

    public static string UnplannedCustomer(int row) => $"unplanned.{Row(row)}.customer";
    public static string UnplannedType(int row) => $"unplanned.{Row(row)}.type";
    public static string UnplannedClass(int row) => $"unplanned.{Row(row)}.class";
    public static string UnplannedKeyPerson(int row) => $"unplanned.{Row(row)}.kp";
    public static string UnplannedAmount(int row) => $"unplanned.{Row(row)}.amount";

    public const string VentText = "vent.text";
    public const string VentVisibility = "vent.visibility";
    public const string WinText = "win.text";
    public const string WinVisibility = "win.visibility";
    public const string HelpCustomer = "help.customer";
    public const string HelpStuck = "help.stuck";

    public static string TomorrowCustomer(int row) => $"tomorrow.{Row(row)}.customer";

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);
}
