using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Forms;

/// <summary>
/// The "three valid new customers" rows the kickoff and the evening cards both carry: the input
/// ids, shared by the cards that render them and the forms that read them, and the rows written
/// back from candidates. A row is a name and the three tests (need, budget, the one who pays).
/// </summary>
public static partial class NewCustomerInputs
{
    /// <summary>The rows a card shows: the standard's three valid new customers.</summary>
    public const int MaxRows = 3;

    public static string Name(int row) => $"newcustomer.{Row(row)}.customer";
    public static string Need(int row) => $"newcustomer.{Row(row)}.need";
    public static string Budget(int row) => $"newcustomer.{Row(row)}.budget";
    public static string Payer(int row) => $"newcustomer.{Row(row)}.payer";

    /// <summary>The candidates as input values, rows from <see cref="FormFields.FirstRow"/>.</summary>
    internal static void Write(IDictionary<string, string> values, IEnumerable<NewCustomerCandidate> candidates)
    {
        var row = FormFields.FirstRow;
        foreach (var c in candidates)
        {
            values[Name(row)] = c.Name;
            values[Need(row)] = ToggleValue.Of(c.HasNeed);
            values[Budget(row)] = ToggleValue.Of(c.HasBudget);
            values[Payer(row)] = ToggleValue.Of(c.IsPayer);
            row++;
        }
    }

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);

    // Row numbers as the card wrote them into the ids above.
    [GeneratedRegex(@"^newcustomer\.(\d{1,4})\.")]
    internal static partial Regex RowPattern();
}
