using System.Diagnostics.CodeAnalysis;

namespace IronArmy.Core.Forms;

/// <summary>
/// A read form: either the value to store (a plan, a recap, a ride-along), or the problems to mark on
/// the card — never both.
/// </summary>
public sealed class FormResult<T>
    where T : class
{
    private FormResult(T? value, IReadOnlyList<FieldProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    /// <summary>In card order, at most one per input id.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    public static FormResult<T> Valid(T value) => new(value, []);

    public static FormResult<T> Invalid(IReadOnlyList<FieldProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("An invalid form has problems.", nameof(problems)) : new(null, problems);
}
