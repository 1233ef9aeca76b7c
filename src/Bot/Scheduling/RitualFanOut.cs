using System.Text.Json;
using System.Text.Json.Serialization;
using IronArmy.Bot.Delivery;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// What every ritual job does when its trigger fires: decide who is due on the team's work date
/// and queue one outbox row per recipient. Safe to run twice: the idempotency keys make the second run queue nothing.
/// </summary>
public sealed class RitualFanOut(
    IronArmyDbContext db,
    IRitualMessages messages,
    IOutboxWake outboxWake,
    TimeProvider time,
    IOptions<SchedulingOptions> options,
    ILogger<RitualFanOut> log)
{
    private static readonly JsonSerializerOptions ActivityJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Queues the ritual for the team's due recipients; returns how many rows were added.</summary>
    public async Task<int> RunAsync(Ritual ritual, long teamId, DateTime scheduledUtc, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var tolerance = options.Value.MisfireTolerance;
        // Quartz already drops fires later than its misfire threshold; this catches a fire that was
        // acquired in time but ran late (a long stall, a recovered cluster node).
        if (!MissedFirePolicy.ShouldRun(scheduledUtc, now, tolerance))
        {
            log.LogWarning("Skipped {Ritual} for team {TeamId}: scheduled {ScheduledUtc:o}, now {NowUtc:o}, more than {Tolerance} late",
                ritual, teamId, scheduledUtc, now, tolerance);
            return 0;
        }

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null)
        {
            log.LogWarning("Skipped {Ritual}: team {TeamId} no longer exists", ritual, teamId);
            return 0;
        }

        var workDate = WorkDay.DueOn(team.IsActive, team.Schedule, scheduledUtc);
        if (workDate is not { } date)
        {
            log.LogInformation("No {Ritual} for team {TeamId}: inactive or not a work day", ritual, teamId);
            return 0;
        }

        // Who is due is Core's rule; the query only narrows to the team's current roster.
        var members = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive)
            .OrderBy(m => m.Id)
            .ToListAsync(ct);
        var rows = members
            .Where(m => RitualAudience.Includes(ritual, m.Role, m.IsActive, m.UnreachableSinceUtc))
            .Select(m => new OutboxMessage
            {
                IdempotencyKey = RitualKeys.Idempotency(ritual, m.Id, date),
                TenantId = team.TenantId,
                ServiceUrl = team.ServiceUrl,
                TeamId = team.Id,
                MemberId = m.Id,
                Target = OutboxTarget.Member,
                ActivityJson = JsonSerializer.Serialize(messages.Build(ritual, team, m, date), ActivityJson),
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
            })
            .ToList();

        var added = await db.EnqueueAsync(rows, ct);
        if (added > 0) outboxWake.Wake();
        log.LogInformation("{Ritual} for team {TeamId} on {WorkDate}: {Due} due, {Added} queued", ritual, teamId, date, rows.Count, added);
        return added;
    }
}
