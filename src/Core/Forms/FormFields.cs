using System.Globalization;
using System.Text.RegularExpressions;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Forms;

/// <summary>
/// Reading a submitted card's raw inputs (everything arrives as text) into typed values, collecting
/// one <see cref="FieldProblem"/> per input that does not read. The kickoff and the recap forms are
/// built on it, and read the rows both carry (new customers) here; what a field means stays in each form.
/// </summary>
internal abstract class FormFields(IReadOnlyDictionary<string, string?> inputs, int maxCustomerNameLength)
{
    /// <summary>The number of every list's first row, as people count.</summary>
    public const int FirstRow = 1;

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
        if (ToggleValue.TryRead(Get(id), out var on)) return on;
        Add(id, FieldProblemKind.UnknownChoice);
        return null;
    }

    /// <summary>
    /// The new-customer rows (<see cref="NewCustomerInputs"/>): a row without a name is ignored
    /// unless a test is switched on (then Incomplete); its tests default to false; more named rows
    /// than <paramref name="maxRows"/> are OutOfRange; a name twice is a Duplicate.
    /// </summary>
    public IReadOnlyList<NewCustomerCandidate> NewCustomers(int maxRows)
    {
        var candidates = new List<NewCustomerCandidate>();
        var seen = new HashSet<string>(CustomerName.Comparer);
        var named = 0;
        foreach (var row in Rows(NewCustomerInputs.RowPattern()))
        {
            var nameId = NewCustomerInputs.Name(row);
            var name = CustomerName.Clean(Get(nameId));
            var need = Toggle(NewCustomerInputs.Need(row));
            var budget = Toggle(NewCustomerInputs.Budget(row));
            var payer = Toggle(NewCustomerInputs.Payer(row));
            if (name.Length == 0)
            {
                if (need == true || budget == true || payer == true) Add(nameId, FieldProblemKind.Incomplete);
                continue;
            }

            if (++named > maxRows)
            {
                Add(nameId, FieldProblemKind.OutOfRange);
                continue;
            }

            if (Name(nameId, name, seen) && need is { } n && budget is { } b && payer is { } p)
                candidates.Add(new NewCustomerCandidate(name, n, b, p));
        }

        return candidates;
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
