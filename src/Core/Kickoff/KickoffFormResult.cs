using System.Diagnostics.CodeAnalysis;
using IronArmy.Core.Forms;

namespace IronArmy.Core.Kickoff;

/// <summary>A read kickoff form: either the plan to store, or the problems to mark on the card — never both.</summary>
public sealed class KickoffFormResult
{
    private KickoffFormResult(KickoffPlan? plan, IReadOnlyList<FieldProblem> problems)
    {
        Plan = plan;
        Problems = problems;
    }

    public KickoffPlan? Plan { get; }

    /// <summary>In card order (targets, visit rows, new-customer rows), at most one per input id.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Plan))]
    public bool IsValid => Plan is not null;

    public static KickoffFormResult Valid(KickoffPlan plan) => new(plan, []);

    public static KickoffFormResult Invalid(IReadOnlyList<FieldProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("An invalid form has problems.", nameof(problems)) : new(null, problems);
}
