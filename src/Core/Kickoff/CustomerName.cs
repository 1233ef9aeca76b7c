using System.Globalization;
using System.Text.RegularExpressions;

namespace IronArmy.Core.Kickoff;

/// <summary>
/// A customer's name as typed on a phone: trimmed, full-width (U+3000) and other whitespace runs,
/// including line breaks, made one ordinary space. Letters are left as typed (no width folding),
/// because a company's name is its own. Two names are the same customer ignoring case.
/// </summary>
public static partial class CustomerName
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// The name as stored for looking a customer up: cleaned and upper-cased per character, the way
    /// <see cref="Comparer"/> folds case, so two names have the same key exactly when they are the same
    /// customer. A database compares keys with plain equality, which every provider indexes alike.
    /// </summary>
    public static string Key(string? name)
    {
        var clean = Clean(name);
        // Upper-casing folds the long s (ſ) into S, which the comparer does not; for every other
        // character the two agree (checked over all of them by the tests).
        return clean.Contains(LongS, StringComparison.Ordinal)
            ? string.Join(LongS, clean.Split(LongS).Select(part => part.ToUpperInvariant()))
            : clean.ToUpperInvariant();
    }

    private const char LongS = '\u017F';

    public static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Whitespace().Replace(text, " ").Trim();

    /// <summary>Length as a person counts it: one per character they see (an emoji or 𠮷 is one).</summary>
    public static int Length(string name) => new StringInfo(name).LengthInTextElements;

    [GeneratedRegex(@"[\s\u3000\p{Cc}]+")]
    private static partial Regex Whitespace();
}
