using System.Globalization;
using System.Text;

namespace IronArmy.Core.Money;

/// <summary>
/// Money as people type and read it. Amounts are entered in major units (yuan) and kept as long
/// minor units (fen). Every conversion takes the currency's minor digits (<see cref="MinorDigitsOf"/>):
/// there is no default, because a yen amount read with two decimals is a hundred times off. Typed amounts may carry thousands separators (<c>12,000</c>, <c>12，000</c>),
/// full-width digits, a leading currency sign (<c>¥</c>, <c>￥</c>, <c>$</c>), a <c>万</c> suffix
/// (×10,000, how Chinese reps write targets), and at most as many decimals as the currency has
/// minor digits once 万 is applied. Nothing is rounded: an amount that does not fit exactly is refused.
/// </summary>
public static class MoneyText
{
    private static readonly char[] CurrencySigns = ['¥', '$', '€', '£'];

    /// <summary>
    /// Minor digits of an ISO 4217 currency (<see cref="Currencies"/>): 2 for most (CNY, USD, EUR),
    /// 0 for yen-like currencies, 3 for the dinar group. Unknown codes get 2.
    /// </summary>
    public static int MinorDigitsOf(string? currencyCode) => Currencies.MinorDigitsOf(currencyCode) ?? 2;

    /// <summary>
    /// Reads a typed amount into minor units; false when it is not an amount at all. A negative
    /// amount parses (so the caller can say "out of range" rather than "not an amount").
    /// </summary>
    public static bool TryParse(string? text, int minorDigits, out long minor)
    {
        minor = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Normalize(NormalizationForm.FormKC).Replace(" ", "", StringComparison.Ordinal).Trim();
        var negative = false;
        t = t.TrimStart(CurrencySigns);
        if (t.StartsWith('-'))
        {
            negative = true;
            t = t[1..].TrimStart(CurrencySigns);
        }

        var scale = 1m;
        if (t.EndsWith('万'))
        {
            scale = 10_000m;
            t = t[..^1];
        }

        if (!IsDecimalWithOptionalGrouping(t)) return false;
        if (!decimal.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major)) return false;

        var factor = Pow10(minorDigits);
        decimal minorExact;
        try
        {
            minorExact = major * scale * factor;
        }
        catch (OverflowException)
        {
            return false;
        }

        if (minorExact != decimal.Truncate(minorExact)) return false;
        if (minorExact > long.MaxValue) return false;
        minor = (long)minorExact * (negative ? -1 : 1);
        return true;
    }

    /// <summary>For display: grouped thousands, decimals only when there are any (<c>12,000</c>, <c>12,000.50</c>).</summary>
    public static string Format(long minor, int minorDigits)
    {
        var major = (decimal)minor / Pow10(minorDigits);
        var whole = major == decimal.Truncate(major);
        return major.ToString(whole ? "#,0" : "#,0." + new string('0', minorDigits), CultureInfo.InvariantCulture);
    }

    /// <summary>For an input's value (pre-filling a form): no grouping, shortest exact decimals (<c>12000</c>, <c>12000.5</c>).</summary>
    public static string ToInput(long minor, int minorDigits)
    {
        var major = (decimal)minor / Pow10(minorDigits);
        return major.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static decimal Pow10(int digits)
    {
        if (digits is < 0 or > 6) throw new ArgumentOutOfRangeException(nameof(digits), digits, "Minor digits are 0..6.");
        var f = 1m;
        for (var i = 0; i < digits; i++) f *= 10;
        return f;
    }

    /// <summary>
    /// Digits with an optional decimal part; when thousands separators are used they must group by
    /// three (<c>1,234,567</c>), so a mistyped <c>1,23</c> is refused rather than read as 123.
    /// </summary>
    private static bool IsDecimalWithOptionalGrouping(string t)
    {
        var dot = t.IndexOf('.');
        var intPart = dot < 0 ? t : t[..dot];
        var fraction = dot < 0 ? "" : t[(dot + 1)..];
        if (intPart.Length == 0 || (dot >= 0 && fraction.Length == 0)) return false;
        if (!fraction.All(char.IsAsciiDigit)) return false;
        if (!intPart.Contains(',')) return intPart.All(char.IsAsciiDigit);
        var groups = intPart.Split(',');
        return groups[0].Length is >= 1 and <= 3
            && groups.All(g => g.All(char.IsAsciiDigit))
            && groups.Skip(1).All(g => g.Length == 3);
    }
}
