using IronArmy.Bot.Cards;
using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.Kickoff;

/// <summary>Everything the kickoff form shows for one rep and work date.</summary>
/// <param name="CurrencyCode">The team's currency (ISO 4217, e.g. CNY), named on the amount inputs.</param>
/// <param name="Values">
/// What the inputs hold (input id → value): written by <see cref="KickoffForm"/> in the team's
/// currency (the plan reopened for an edit, or the targets carried over and last evening's visits),
/// or after a rejected submit exactly what the rep sent, so nothing typed is lost.
/// </param>
public sealed record KickoffFormView(DateOnly WorkDate, string CurrencyCode, VisitStandard Standard, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Why the last submit was rejected; each is marked on its input and counted at the top.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>The month and week targets that carry into this day, or that it is the rep's first plan: Core says from them which targets are required.</summary>
    public CarriedTargets Carried { get; init; } = CarriedTargets.None;

    /// <summary>Reopened after a valid submit: the button saves changes rather than submits.</summary>
    public bool IsEdit { get; init; }

    /// <summary>A day that has not begun: the button keeps the words as that day's draft, it does not plan it.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Lines the rep reads first: why this day's form and not today's, or whose words fill it in.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
