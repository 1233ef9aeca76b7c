using IronArmy.Bot.Delivery;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Scheduling;

/// <summary>
/// What every ritual does when its trigger fires (or a manager says <c>kickoff now</c>): decide who is
/// due on the team's work date, queue one outbox row per message to each recipient (one, or the parts
/// of a digest), then start the ritual's follow-ups. Safe to run twice: the idempotency keys make the
/// second run queue nothing, and the follow-ups are one-shots keyed by team and date.
/// </summary>
public sealed class RitualFanOut(
    IronArmyDbContext db,
    IServiceProvider services,
    Outbox outbox,
    TimeProvider time,
    IOptions<SchedulingOptions> options,
    ILogger<RitualFanOut> log)
{
    /// <summary>Queues the ritual for the team's due recipients; returns how many rows were added (how many people were prompted now).</summary>
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

        if (await DueTeamDays.DueAsync(db, teamId, scheduledUtc, ct) is not { } due)
        {
            log.LogInformation("No {Ritual} for team {TeamId}: gone, inactive or not a work day at {ScheduledUtc:o}", ritual, teamId, scheduledUtc);
            return 0;
        }

        var (team, date) = due;
        var rite = services.GetRequiredKeyedService<IRitual>(ritual);
        var recipients = await RecipientsAsync(ritual, teamId, date, ct);
        var rows = new List<OutboxMessage>(recipients.Count);
        foreach (var message in await rite.MessagesAsync(team, recipients, date, ct))
        {
            var m = message.Recipient;
            rows.AddRange(message.Parts.Select((activity, i) => outbox.ToMember(team, m, RitualKeys.Idempotency(ritual, m.Id, date, part: i + 1), activity)));
        }

        var added = await outbox.QueueAsync(rows, ct);
        log.LogInformation("{Ritual} for team {TeamId} on {WorkDate}: {Due} due, {Messages} messages, {Added} queued", ritual, teamId, date, recipients.Count, rows.Count, added);
        await rite.FollowUpAsync(team, date, now, ct);
        return added;
    }

    /// <summary>
    /// Reps who are due that day (active, reachable, not on leave) for the kickoff and the share —
    /// minus those who already made today's plan (kickoff) or shared today's recap (share); the
    /// team's reachable managers for the digest.
    /// </summary>
    private async Task<IReadOnlyList<Member>> RecipientsAsync(Ritual ritual, long teamId, DateOnly date, CancellationToken ct)
    {
        if (RitualAudience.RoleFor(ritual) == MemberRole.Manager)
        {
            var managers = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId && m.IsActive).OrderBy(m => m.Id).ToListAsync(ct);
            return [.. managers.Where(m => RitualAudience.Includes(ritual, m.Role, m.IsActive, m.UnreachableSinceUtc))];
        }

        return ritual switch
        {
            Ritual.Kickoff => await db.RepsWithoutPlanAsync(teamId, date, ct),
            Ritual.EveningShare => await db.RepsWithoutRecapAsync(teamId, date, ct),
            _ => await db.RepsDueOnAsync(teamId, date, ct),
        };
    }
}
