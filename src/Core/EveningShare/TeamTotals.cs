using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// The team's day against the standard: every line summed over the reps who shared, required once
/// for every rep due (a rep who did not share adds nothing done but still counts as required, so a
/// silent evening never looks like a good one).
/// </summary>
public sealed record TeamTotals(
    int RepsDue,
    int RepsSubmitted,
    int RepsMeetingStandard,
    int PlannedVisits,
    long SignedAmountMinor,
    int Signings,
    int Moves,
    StandardCheck Standard)
{
    public static TeamTotals Of(IReadOnlyCollection<RepEvening> reps, VisitStandard standard)
    {
        var days = reps.Select(r => r.Day).OfType<RepDay>().ToList();
        var lines = Enum.GetValues<StandardMeasure>()
            .Select(m => new StandardLine(m, days.Sum(d => d.Standard[m].Planned), standard.Of(m) * reps.Count))
            .ToList();
        return new TeamTotals(
            reps.Count,
            days.Count,
            days.Count(d => d.Standard.Met),
            days.Sum(d => d.PlannedVisits),
            days.Sum(d => d.SignedAmountMinor),
            days.Sum(d => d.Signings),
            days.Sum(d => d.Moves.Count),
            new StandardCheck(lines));
    }

    /// <summary>Who did not share tonight, by name.</summary>
    public static IReadOnlyList<RepEvening> NotSubmitted(IEnumerable<RepEvening> reps) =>
        reps.Where(r => !r.Submitted).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.MemberId, StringComparer.Ordinal).ToList();
}
