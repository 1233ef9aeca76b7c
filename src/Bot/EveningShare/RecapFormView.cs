using IronArmy.Bot.Cards;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Forms;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.EveningShare;

/// <summary>Everything the evening form shows for one rep and work date.</summary>
/// <param name="CurrencyCode">The team's currency (ISO 4217), named on the amount inputs.</param>
/// <param name="Plan">This morning's planned visits, in plan order; one row each.</param>
/// <param name="Values">
/// What the inputs hold (input id → value): written by <see cref="RecapForm"/> (the saved recap
/// reopened, in the team's currency, or a fresh card pre-filled from the plan), or after a rejected
/// submit exactly what the rep sent, so nothing typed is lost.
/// </param>
public sealed record RecapFormView(DateOnly WorkDate, string CurrencyCode, IReadOnlyList<PlannedVisit> Plan, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Why the last submit was rejected; each is marked on its input and counted at the top.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>Reopened after a valid submit: the button saves changes rather than submits.</summary>
    public bool IsEdit { get; init; }
}
