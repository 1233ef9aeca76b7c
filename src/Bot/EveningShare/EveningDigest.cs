using IronArmy.Bot.Cards;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// What the manager's 21:00 digest shows, all of it computed by Core's evening rules: the team
/// against the standard, each rep's day, who did not share, whom to invite to share, who needs
/// help, and the vents as the manager may see them (an anonymous vent carries no author).
/// </summary>
public sealed record EveningDigest(
    string TeamName,
    DateOnly WorkDate,
    string CurrencyCode,
    TeamTotals Totals,
    IReadOnlyList<RepEvening> Reps,
    IReadOnlyList<RepEvening> NotSubmitted,
    IReadOnlyList<ShareInvite> Invites,
    IReadOnlyList<HelpNeed> Help,
    IReadOnlyList<VentView> Vents)
{
    /// <summary>The sections other features add (<see cref="IDigestSection"/>), in their order; after the digest's own.</summary>
    public IReadOnlyList<DigestSection> Extra { get; init; } = [];

    /// <param name="earlierDays">Per member id, the rep's previous due work days, most recent first (see <see cref="HelpNeeds.Select"/>).</param>
    public static EveningDigest Of(
        string teamName,
        DateOnly workDate,
        string currencyCode,
        VisitStandard standard,
        IReadOnlyCollection<RepEvening> reps,
        IReadOnlyDictionary<string, IReadOnlyList<RepDay?>> earlierDays) => new(
        teamName,
        workDate,
        currencyCode,
        TeamTotals.Of(reps, standard),
        reps.Where(r => r.Submitted).OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.MemberId, StringComparer.Ordinal).ToList(),
        TeamTotals.NotSubmitted(reps),
        ShareInvites.Select(reps),
        HelpNeeds.Select(reps, earlierDays),
        VentRouting.Of(reps, VentAudience.Manager));
}
