using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Tiers;
using IronArmy.Core.RideAlongs;
using IronArmy.Core.Tiers;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.RideAlongs;
using IronArmy.Data.Teams;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// The ride-alongs' lines in the manager's evening digest: each rep the 271 puts in tier 1 or the
/// lower 7 who has had no ride-along in the last ten work days — the reps a manager should be
/// beside next (<see cref="CoachingGap.RepsToRideWith"/>).
/// </summary>
public sealed class RideAlongDigestSection(TeamTiers tiers, IronArmyDbContext db) : IDigestSection
{
    /// <summary>After the 271's lines (<see cref="TierDigestSection.Order"/>): whom to help first, then whom to ride along with.</summary>
    public const int Order = 200;

    /// <summary>Calendar days looked back for ten work days: two weeks, plus a long holiday (Spring Festival) and more.</summary>
    private const int LookBackDays = 45;

    public async Task<DigestSection?> ReadAsync(Team team, DateOnly workDate, CancellationToken ct)
    {
        var view = await tiers.BuildAsync(team, workDate, null, ct);
        if (!view.Ranking.Reps.Any(r => r.Tier.NeedsHelpFirst())) return null;

        var last = await db.LastRideAlongPerRepAsync(team.Id, ct);
        var calendar = await db.TeamCalendarAsync(team.Id, workDate.AddDays(-LookBackDays), workDate, ct);
        return Of(CoachingGap.RepsToRideWith(view.Ranking.Reps, last, workDate, calendar));
    }

    /// <summary>The section for the reps due a ride-along; null when none is.</summary>
    public static DigestSection? Of(IReadOnlyList<RideAlongDue> due)
    {
        if (due.Count == 0) return null;
        var lines = due.Select(rep => new DigestLine(rep.Name, t => rep.LastRideAlong is { } date
            ? t.Format("Ride_DigestLast", t.TierName(rep.Tier), t.LocalDate(date))
            : t.Format("Ride_DigestNever", t.TierName(rep.Tier)))).ToList();
        return new DigestSection(Order, t => t.Format("Ride_DigestHeading", CoachingGap.DigestWorkDays), lines);
    }
}
