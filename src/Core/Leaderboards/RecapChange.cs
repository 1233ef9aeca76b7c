using IronArmy.Core.EveningShare;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// What one save of a rep's recap changed in their day: the tally and visits before the save
/// (none for a first submit) and after it. Data's recap saving returns it; shout-outs are found in it.
/// </summary>
public sealed record RecapChange(
    long MemberId,
    DateOnly WorkDate,
    RepDayTally? Before,
    IReadOnlyList<VisitFact> BeforeVisits,
    RepDayTally After,
    IReadOnlyList<VisitFact> AfterVisits)
{
    /// <summary>The largest signing after the save (the first in visit order among equals), or null when none.</summary>
    public VisitFact? BiggestDeal =>
        AfterVisits.Where(v => v.After == ClassAfter.Signed).OrderByDescending(v => v.SignedAmountMinor).FirstOrDefault();
}
