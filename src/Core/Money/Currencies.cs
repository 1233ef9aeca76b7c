using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace IronArmy.Core.Money;

/// <summary>
/// The currencies a team can keep its money in: ISO 4217's circulating currencies, each with its
/// minor digits (how many decimals an amount may carry: 2 for CNY, 0 for JPY, 3 for KWD). Fund,
/// precious-metal and test codes (XAU, XDR, XTS …) are left out: a team's deals are not signed in them.
/// </summary>
public static class Currencies
{
    /// <summary>The code of the currency a person typed (<c>hkd</c>, <c> JPY </c>), upper case; false for anything that is not one.</summary>
    public static bool TryFind(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        var t = text?.Trim().ToUpperInvariant();
        if (t is null || !MinorDigits.ContainsKey(t)) return false;
        code = t;
        return true;
    }

    /// <summary>Minor digits of a circulating currency; null for a code that is none.</summary>
    public static int? MinorDigitsOf(string? code) =>
        code is not null && MinorDigits.TryGetValue(code.ToUpperInvariant(), out var digits) ? digits : null;

    private static readonly string[] NoDecimals =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly string[] ThreeDecimals = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    private static readonly string[] TwoDecimals =
    [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND",
        "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP", "CVE", "CZK",
        "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD",
        "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK",
        "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN",
        "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON",
        "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
        "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VED", "VES", "WST",
        "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
    ];

    private static readonly FrozenDictionary<string, int> MinorDigits =
        NoDecimals.Select(c => (c, 0))
            .Concat(TwoDecimals.Select(c => (c, 2)))
            .Concat(ThreeDecimals.Select(c => (c, 3)))
            .ToFrozenDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal);
}
