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

    public static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Whitespace().Replace(text, " ").Trim();

    /// <summary>Length as a person counts it: one per character they see (an emoji or 𠮷 is one).</summary>
    public static int Length(string name) => new StringInfo(name).LengthInTextElements;

    [GeneratedRegex(@"[\s\u3000\p{Cc}]+")]
    private static partial Regex Whitespace();
}
