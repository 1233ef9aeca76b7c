using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;
using IronArmy.Data.RideAlongs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SchedulingOptions = IronArmy.Bot.Scheduling.SchedulingOptions;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// Fires at the team's kickoff time (its own trigger in the team's group): on a work day, each
/// ride-along follow-up due since the previous work day — today's, and any that fell on the days off
/// between — goes to the rep and to the manager in their 1:1 chats. Keyed per ride-along, person and
/// date, so a repeated fire or a second instance sends nothing twice.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RideAlongFollowUpJob(
    IronArmyDbContext db,
    Outbox outbox,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<RideAlongFollowUpJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var firedFor = (context.ScheduledFireTimeUtc ?? clock.GetUtcNow()).UtcDateTime;
        if (!MissedFirePolicy.ShouldRun(firedFor, clock.GetUtcNow().UtcDateTime, options.Value.MisfireTolerance)) return;
        if (await DueTeamDays.DueAsync(db, teamId, firedFor, ct) is not var (team, today)) return;
        await QueueAsync(team, today, ct);
    }

    /// <summary>Queues the follow-ups due on <paramref name="today"/> (and on the days off before it); returns how many messages were new.</summary>
    public async Task<int> QueueAsync(Data.Teams.Team team, DateOnly today, CancellationToken ct)
    {
        var calendar = await db.TeamCalendarAsync(team.Id, today.AddDays(-31), today, ct);
        var from = calendar.PreviousWorkDay(today) is { } previous ? previous.AddDays(1) : today;
        var due = new List<DueFollowUp>();
        for (var day = from; day <= today; day = day.AddDays(1)) due.AddRange(await db.FollowUpsDueAsync(team.Id, day, ct));
        if (due.Count == 0) return 0;

        var ids = due.SelectMany(d => new[] { d.RepMemberId, d.ManagerMemberId }).Distinct().ToList();
        var people = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var rows = new List<OutboxMessage>();
        foreach (var f in due)
        {
            var (rep, manager) = (people[f.RepMemberId], people[f.ManagerMemberId]);
            if (rep.IsActive)
            {
                var rt = Texts.For(rep.Locale ?? team.Locale);
                rows.Add(outbox.ToMember(team, rep, RideAlongKeys.FollowUpToRep(f.RideAlongId, f.Note.FollowUpOn),
                    CardMessage.Of(RideAlongCards.FollowUp(rt, forRep: true, manager.Name, f.LoggedOn, f.Note))));
            }

            if (manager.IsActive)
            {
                var mt = Texts.For(manager.Locale ?? team.Locale);
                rows.Add(outbox.ToMember(team, manager, RideAlongKeys.FollowUpToManager(f.RideAlongId, f.Note.FollowUpOn),
                    CardMessage.Of(RideAlongCards.FollowUp(mt, forRep: false, rep.Name, f.LoggedOn, f.Note))));
            }
        }

        var added = await outbox.QueueAsync(rows, ct);
        log.LogInformation("Ride-along follow-ups of team {TeamId} for {WorkDate}: {Due} due, {Added} messages queued", team.Id, today, due.Count, added);
        return added;
    }
}
