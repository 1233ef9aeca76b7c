using System.Diagnostics.CodeAnalysis;
using IronArmy.Core.Forms;

namespace IronArmy.Core.RideAlongs;

/// <summary>A read ride-along form: either the ride-along to store, or the problems to mark on the card — never both.</summary>
public sealed class RideAlongFormResult
{
    private RideAlongFormResult(RideAlong? ride, IReadOnlyList<FieldProblem> problems)
    {
        RideAlong = ride;
        Problems = problems;
    }

    public RideAlong? RideAlong { get; }

    /// <summary>In card order, at most one per input id.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(RideAlong))]
    public bool IsValid => RideAlong is not null;

    public static RideAlongFormResult Valid(RideAlong ride) => new(ride, []);

    public static RideAlongFormResult Invalid(IReadOnlyList<FieldProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("An invalid form has problems.", nameof(problems)) : new(null, problems);
}
