using IronArmy.Bot.EveningShare;
using IronArmy.Core.Tiers;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.Tiers;

/// <summary>
/// The 271's lines in the manager's evening digest: each "1" and lower "7" to help first, each "2"
/// to ask to share, flagged when the tier changed since the ranking a week earlier.
/// </summary>
public sealed class TierDigestSection(TeamTiers tiers) : IDigestSection
{
    /// <summary>Among the sections other features add, the 271 comes first: it says whom the evening meeting is for.</summary>
    public const int Order = 100;

    public async Task<DigestSection?> ReadAsync(Team team, DateOnly workDate, CancellationToken ct) =>
        Of(await tiers.BuildAsync(team, workDate, null, ct));

    /// <summary>The section for a ranking; null when nobody is a "2", a lower "7" or a "1".</summary>
    public static DigestSection? Of(TierView view)
    {
        var lines = view.Ranking.Reps
            .Where(r => r.Tier == Tier.Two || r.Tier.NeedsHelpFirst())
            // Help first, then share: the worst tier first, as the evening meeting takes them.
            .OrderByDescending(r => r.Tier).ThenBy(r => r.Rank)
            .Select(r => Line(view.MovementOf(r)))
            .ToList();
        return lines.Count == 0 ? null : new DigestSection(Order, t => t["Tiers_DigestHeading"], lines);
    }

    private static DigestLine Line(TierMovement move)
    {
        var tier = move.Now.Tier;
        return new DigestLine(move.Now.Name, t =>
        {
            var text = t.Format(tier == Tier.Two ? "Tiers_DigestShare" : "Tiers_DigestHelp", t.TierName(tier));
            if (move.Now.PullsDown is { } measure && tier != Tier.Two) text += t.Format("Tiers_PullsDown", t.TierMeasureName(measure));
            if (move.Changed && move.Before is { } before) text += t.Format("Tiers_Was", t.TierName(before));
            return text;
        }, move.Changed);
    }
}
