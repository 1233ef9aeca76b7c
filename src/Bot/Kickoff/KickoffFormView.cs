using IronArmy.Bot.Cards;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Kickoff;

/// <summary>Everything the kickoff form shows for one rep and work date.</summary>
/// <param name="CurrencyCode">The team's currency (ISO 4217, e.g. CNY); amounts are entered in its major unit.</param>
public sealed record KickoffFormView(DateOnly WorkDate, string CurrencyCode, VisitStandard Standard)
{
    public KickoffDraft Draft { get; init; } = KickoffDraft.Empty;

    /// <summary>
    /// The raw inputs of a rejected submit (input id → value as the client sent it). When set, the
    /// card shows exactly these instead of the draft, so nothing the rep typed is lost.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Entered { get; init; }

    /// <summary>Why the last submit was rejected; each is marked on its input and counted at the top.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; init; } = [];

    /// <summary>Reopened after a valid submit: the button saves changes rather than submits.</summary>
    public bool IsEdit { get; init; }
}
