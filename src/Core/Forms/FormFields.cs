using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Forms;

/// <summary>
/// Reading a submitted card's raw inputs (everything arrives as text) into typed values, collecting
/// one <see cref="FieldProblem"/> per input that does not read. The kickoff and the recap forms are
/// built on it; what a field means stays in each form.
/// </summary>
internal abstract class FormFields(IReadOnlyDictionary<string, string?> inputs, int maxCustomerNameLength)
{
    public List<FieldProblem> Problems { get; } = [];

    protected delegate bool TryReadChoice<T>(string value, out T result);

    /// <summary>A required choice: blank is Required, a value outside the choices UnknownChoice.</summary>
    protected T? Choice<T>(string id, TryReadChoice<T> tryRead)
        where T : struct
    {
        var raw = Get(id);
        if (IsBlank(raw))
        {
            Add(id, FieldProblemKind.Required);
            return null;
        }

        if (tryRead(raw!, out var value)) return value;
        Add(id, FieldProblemKind.UnknownChoice);
        return null;
    }

    /// <summary>A toggle: blank means off; anything but true/false is an unknown choice (null).</summary>
    protected bool? Toggle(string id)
    {
        var raw = Get(id)?.Trim();
        if (string.IsNullOrEmpty(raw) || string.Equals(raw, KickoffChoices.False, StringComparison.OrdinalIgnoreCase)) return false;
        if (string.Equals(raw, KickoffChoices.True, StringComparison.OrdinalIgnoreCase)) return true;
        Add(id, FieldProblemKind.UnknownChoice);
        return null;
    }

    /// <summary>The row numbers present among the inputs, in order, whatever number the card started at.</summary>
    protected IEnumerable<int> Rows(Regex pattern) =>
        inputs.Keys
            .Select(k => pattern.Match(k))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order();

    /// <summary>A customer name within the length limit and not already used in the same list.</summary>
    protected bool Name(string id, string name, HashSet<string> seen)
    {
        if (CustomerName.Length(name) > maxCustomerNameLength) return Add(id, FieldProblemKind.TooLong);
        if (!seen.Add(name)) return Add(id, FieldProblemKind.Duplicate);
        return true;
    }

    protected string? Get(string id) => inputs.TryGetValue(id, out var v) ? v : null;

    protected static bool IsBlank(string? raw) => string.IsNullOrWhiteSpace(raw?.Replace('\u3000', ' '));

    protected long? Fail(string id, FieldProblemKind kind)
    {
        Add(id, kind);
        return null;
    }

    protected bool Add(string id, FieldProblemKind kind)
    {
        Problems.Add(new FieldProblem(id, kind));
        return false;
    }
}
