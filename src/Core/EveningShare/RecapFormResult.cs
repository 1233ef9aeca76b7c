using System.Diagnostics.CodeAnalysis;
using IronArmy.Core.Forms;

namespace IronArmy.Core.EveningShare;

/// <summary>A read evening card: either the recap to store, or the problems to mark on the card — never both.</summary>
public sealed class RecapFormResult
{
    private RecapFormResult(Recap? recap, IReadOnlyList<FieldProblem> problems)
    {
        Recap = recap;
        Problems = problems;
    }

    public Recap? Recap { get; }

    /// <summary>In card order (planned rows, unplanned rows, new customers, vent, win, help, tomorrow), at most one per input id.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Recap))]
    public bool IsValid => Recap is not null;

    public static RecapFormResult Valid(Recap recap) => new(recap, []);

    public static RecapFormResult Invalid(IReadOnlyList<FieldProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("An invalid form has problems.", nameof(problems)) : new(null, problems);
}
