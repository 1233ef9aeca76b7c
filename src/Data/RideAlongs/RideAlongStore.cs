using IronArmy.Core.Kickoff;
using IronArmy.Core.RideAlongs;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.RideAlongs;

/// <summary>A ride-along's follow-up due on a date, with whom it goes to.</summary>
public sealed record DueFollowUp(long RideAlongId, long ManagerMemberId, long RepMemberId, DateOnly LoggedOn, CoachingNote Note);

/// <summary>Saving ride-alongs and reading them back: a rep's history, a team's last per rep, the follow-ups due, a manager's week.</summary>
public static class RideAlongStore
{
    /// <summary>Stores the ride-along (committed before this returns: store first, then tell anyone).</summary>
    public static async Task<RideAlongEntry> SaveRideAlongAsync(
        this IronArmyDbContext db, long teamId, long managerMemberId, DateOnly workDate, RideAlong ride, DateTime nowUtc, CancellationToken ct)
    {
        var entry = new RideAlongEntry
        {
            TeamId = teamId,
            ManagerMemberId = managerMemberId,
            RepMemberId = ride.RepMemberId,
            WorkDate = workDate,
            Customer = ride.Customer,
            Stage = ride.Stage,
            Skill = ride.Skill,
            SkillKey = CustomerName.Key(ride.Skill),
            WentWell = ride.WentWell,
            OneChange = ride.OneChange,
            FollowUp = ride.FollowUp,
            FollowUpOn = ride.FollowUpOn,
            PrivateRemarks = ride.PrivateRemarks,
            LoggedAtUtc = nowUtc,
        };
        db.Set<RideAlongEntry>().Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public static Task<RideAlongEntry?> RideAlongAsync(this IronArmyDbContext db, long id, CancellationToken ct) =>
        db.Set<RideAlongEntry>().SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>
    /// Marks the ride-along acknowledged by its rep; true the first time only, so a second press (or
    /// a re-delivered one) tells the manager nothing twice.
    /// </summary>
    public static async Task<bool> AcknowledgeRideAlongAsync(this IronArmyDbContext db, long id, long repMemberId, DateTime nowUtc, CancellationToken ct) =>
        await db.Set<RideAlongEntry>()
            .Where(r => r.Id == id && r.RepMemberId == repMemberId && r.AcknowledgedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgedAtUtc, nowUtc), ct) == 1;

    /// <summary>A rep's coaching history in the order it happened: what the per-skill progression is built from.</summary>
    public static async Task<IReadOnlyList<CoachingStep>> CoachingHistoryAsync(this IronArmyDbContext db, long repMemberId, CancellationToken ct)
    {
        var rows = await db.Set<RideAlongEntry>().AsNoTracking()
            .Where(r => r.RepMemberId == repMemberId)
            .OrderBy(r => r.WorkDate).ThenBy(r => r.Id)
            .Select(r => new { r.WorkDate, r.Skill, r.Stage })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CoachingStep(r.WorkDate, r.Skill, r.Stage))];
    }

    /// <summary>Each of the team's reps who had a ride-along, and the work date of their last one (for the digest's coaching gap).</summary>
    public static async Task<IReadOnlyDictionary<long, DateOnly>> LastRideAlongPerRepAsync(this IronArmyDbContext db, long teamId, CancellationToken ct) =>
        await db.Set<RideAlongEntry>().AsNoTracking()
            .Where(r => r.TeamId == teamId)
            .GroupBy(r => r.RepMemberId)
            .Select(g => new { RepMemberId = g.Key, Last = g.Max(r => r.WorkDate) })
            .ToDictionaryAsync(x => x.RepMemberId, x => x.Last, ct);

    /// <summary>The team's follow-ups due on <paramref name="date"/>, oldest ride-along first.</summary>
    public static async Task<IReadOnlyList<DueFollowUp>> FollowUpsDueAsync(this IronArmyDbContext db, long teamId, DateOnly date, CancellationToken ct)
    {
        var rows = await db.Set<RideAlongEntry>().AsNoTracking()
            .Where(r => r.TeamId == teamId && r.FollowUpOn == date)
            .OrderBy(r => r.Id)
            .ToListAsync(ct);
        return [.. rows.Select(r => new DueFollowUp(r.Id, r.ManagerMemberId, r.RepMemberId, r.WorkDate, r.ToCore().Note))];
    }

    /// <summary>How many ride-alongs a manager logged from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static Task<int> RideAlongsByManagerAsync(this IronArmyDbContext db, long managerMemberId, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Set<RideAlongEntry>().CountAsync(r => r.ManagerMemberId == managerMemberId && r.WorkDate >= from && r.WorkDate <= to, ct);

    public static async Task<int> RidesPerWeekAsync(this IronArmyDbContext db, long teamId, CancellationToken ct) =>
        await db.Set<RideAlongSettingsEntry>().AsNoTracking().Where(s => s.TeamId == teamId).Select(s => (int?)s.RidesPerWeek).SingleOrDefaultAsync(ct)
        ?? RideAlongRhythm.DefaultPerWeek;

    public static async Task SetRidesPerWeekAsync(this IronArmyDbContext db, long teamId, int perWeek, CancellationToken ct)
    {
        var settings = await db.Set<RideAlongSettingsEntry>().SingleOrDefaultAsync(s => s.TeamId == teamId, ct);
        if (settings is null) db.Set<RideAlongSettingsEntry>().Add(new RideAlongSettingsEntry { TeamId = teamId, RidesPerWeek = perWeek });
        else settings.RidesPerWeek = perWeek;
        await db.SaveChangesAsync(ct);
    }
}
