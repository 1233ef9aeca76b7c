using IronArmy.Core.Kickoff;

namespace IronArmy.Core.EveningShare;

/// <summary>
/// A rep the manager should help tonight (扶贫), and why: the help they asked for, a day far below
/// the standard, or the standard missed three work days running; with the standard's lines short today.
/// </summary>
public sealed record HelpNeed(
    string MemberId,
    string Name,
    HelpRequest? Request,
    bool FarBelowToday,
    bool BelowThreeDaysRunning,
    IReadOnlyList<StandardMeasure> ShortToday);

/// <summary>
/// Who needs help (domain.md "扶贫拔尖", "271": the bottom gets help first, never a public list).
/// </summary>
/// <remarks>
/// Far below today: fewer than half the standard's visits (visits × 2 &lt; standard, so 3 of 8 is far
/// below, 4 of 8 is not). Below the standard: any line of the standard short. Three days running:
/// today and the rep's two previous due work days all below the standard; a due day without a
/// recap breaks the run (it is not known, and not submitting shows in its own list). Reps who did
/// not submit tonight are not here. Ordered: help requests first, then far below, then three days
/// running, then by name.
/// </remarks>
public static class HelpNeeds
{
    /// <summary>How many work days running below the standard call for help.</summary>
    public const int DaysRunning = 3;

    /// <param name="reps">Tonight's reps.</param>
    /// <param name="earlierDays">
    /// Per member id, the rep's previous work days they were due (leave and holidays left out),
    /// most recent first; null for a due day without a recap. At least two are needed for a run.
    /// </param>
    public static IReadOnlyList<HelpNeed> Select(IEnumerable<RepEvening> reps, IReadOnlyDictionary<string, IReadOnlyList<RepDay?>> earlierDays) =>
        reps
            .Where(r => r.Day is not null)
            .Select(r => new HelpNeed(
                r.MemberId,
                r.Name,
                r.Help,
                IsFarBelow(r.Day!),
                IsBelowRunning(r.Day!, earlierDays.TryGetValue(r.MemberId, out var earlier) ? earlier : []),
                r.Day!.Standard.Lines.Where(l => !l.Met).Select(l => l.Measure).ToList()))
            .Where(n => n.Request is not null || n.FarBelowToday || n.BelowThreeDaysRunning)
            .OrderBy(n => n.Request is null)
            .ThenBy(n => !n.FarBelowToday)
            .ThenBy(n => !n.BelowThreeDaysRunning)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ThenBy(n => n.MemberId, StringComparer.Ordinal)
            .ToList();

    /// <summary>Fewer than half the standard's visits. A standard of zero visits has no far below.</summary>
    public static bool IsFarBelow(RepDay day)
    {
        var visits = day.Standard[StandardMeasure.Visits];
        return visits.Planned * 2 < visits.Required;
    }

    public static bool IsBelowRunning(RepDay today, IReadOnlyList<RepDay?> earlier) =>
        earlier.Count >= DaysRunning - 1
        && earlier.Take(DaysRunning - 1).Prepend(today).All(d => d is not null && !d.Standard.Met);
}
