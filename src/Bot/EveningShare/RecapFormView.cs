using IronArmy.Bot.Cards;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.EveningShare;

/// <summary>Everything the evening form shows for one rep and work date.</summary>
/// <param name="Plan">This morning's planned visits, in plan order; one row each.</param>
/// <param name="CurrencyCode">The team's currency (ISO 4217); amounts are entered in its major unit.</param>
public sealed record RecapFormView(DateOnly WorkDate, string CurrencyCode, IReadOnlyList<PlannedVisit> Plan)
{
    /// <summary>The recap saved earlier tonight, when the rep reopens it; null for a fresh card (pre-filled from the plan).</summary>
    public Recap? Saved { get; init; }

    /// <summary>The raw inputs of a rejected submit; when set the card shows exactly these, so nothing typed is lost.</summary>
    public IReadOnlyDictionary<string, string>? Entered { get; init; }

    /// <summary>Why the last submit was rejected; each is marked on its input and counted at the top.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>Reopened after a valid submit: the button saves changes rather than submits.</summary>
    public bool IsEdit { get; init; }
}
