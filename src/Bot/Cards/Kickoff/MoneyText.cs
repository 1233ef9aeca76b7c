using System.Globalization;
using IronArmy.Bot.Resources;

namespace IronArmy.Bot.Cards.Kickoff;

/// <summary>
/// Amounts as the team reads them. Money is stored in minor units; the team's currencies
/// (CNY, USD, EUR…) have two decimals, which are dropped when they are .00.
/// </summary>
public static class MoneyText
{
    public static string Format(Texts t, long minor, string currencyCode)
    {
        var major = minor / 100m;
        var number = major.ToString(major % 1 == 0 ? "N0" : "N2", t.Culture);
        return t.Format("Kickoff_Money", number, currencyCode);
    }

    /// <summary>The amount as an amount input holds it: major units, no grouping.</summary>
    public static double InputValue(long minor) => (double)(minor / 100m);

    public static string InputText(long minor) => (minor / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
