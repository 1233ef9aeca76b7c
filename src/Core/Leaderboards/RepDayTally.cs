using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Core.Leaderboards;

/// <summary>
/// What one rep's shared day adds up to for boards and shout-outs — what Data keeps per rep per
/// day so a board sums a few numbers instead of reading visits. Derived from the day's visit facts
/// and the recap's valid new customers when the recap is saved; the standard lines are judged
/// against the team's standard at that save.
/// </summary>
/// <param name="BiggestDealMinor">The largest single signing of the day (0 when none).</param>
/// <param name="AConversions">Customers moved up to A from B or C (<see cref="ClassMove.ReachesA"/>).</param>
/// <param name="MetValidNewStandard">Valid new customers at least the standard's (3 by default): the streak's test.</param>
/// <param name="MetStandard">Every line of the standard met (<see cref="StandardCheck.Met"/>).</param>
public sealed record RepDayTally(
    DateOnly WorkDate,
    int Visits,
    int ValidNewCustomers,
    long SignedAmountMinor,
    int Signings,
    long BiggestDealMinor,
    int AConversions,
    bool MetValidNewStandard,
    bool MetStandard)
{
    public static RepDayTally Of(DateOnly workDate, IReadOnlyList<VisitFact> visits, int validNewCustomers, VisitStandard standard)
    {
        var day = RepDay.Of(workDate, 0, visits, validNewCustomers, standard);
        return new RepDayTally(
            workDate,
            visits.Count,
            validNewCustomers,
            day.SignedAmountMinor,
            day.Signings,
            visits.Where(v => v.After == ClassAfter.Signed).Select(v => v.SignedAmountMinor).DefaultIfEmpty(0).Max(),
            day.Moves.Count(m => m.ReachesA),
            validNewCustomers >= standard.ValidNewCustomers,
            day.Standard.Met);
    }
}
