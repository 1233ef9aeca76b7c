using IronArmy.Core.Forms;

namespace IronArmy.Bot.RideAlongs;

/// <summary>A teammate the manager can ride along with: the choice's value is their member id.</summary>
public sealed record RepChoice(long MemberId, string Name);

/// <summary>
/// What the ride-along card shows: the values (Core's <see cref="Core.RideAlongs.RideAlongForm"/> wrote them,
/// or the manager sent them), the problems to mark, the team to pick from, the chosen rep's customers
/// planned today, and lines to say first (why a submit came back).
/// </summary>
public sealed record RideAlongFormView(
    DateOnly Today,
    IReadOnlyList<RepChoice> Reps,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<FieldProblem> Problems,
    IReadOnlyList<string> PlannedCustomers,
    IReadOnlyList<string> Notices);
