using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SchedulingOptions = IronArmy.Bot.Scheduling.SchedulingOptions;

namespace IronArmy.Bot.Tiers;

/// <summary>
/// Fires with the digest (its own trigger in the team's group, same time and zone): on the last work
/// day of the month in the team's calendar (holidays and make-up days count), each manager gets the
/// month's 271 with the movements since the previous month's last work day, in their 1:1 chat and
/// language — never the channel. Once per team, month and manager (its outbox key).
/// </summary>
[DisallowConcurrentExecution]
public sealed class TierMonthJob(IronArmyDbContext db, TeamTiers tiers, Outbox outbox, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<TierMonthJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (RitualKeys.TeamIdOf(context.JobDetail.Key.Group) is not { } teamId) return;
        var firedUtc = (context.ScheduledFireTimeUtc ?? clock.GetUtcNow()).UtcDateTime;
        if (!MissedFirePolicy.ShouldRun(firedUtc, clock.GetUtcNow().UtcDateTime, options.Value.MisfireTolerance)) return;

        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true }) return;
        var date = team.Schedule.Zone.DateOf(firedUtc);
        var month = new DateOnly(date.Year, date.Month, 1);
        var calendar = await db.TeamCalendarAsync(teamId, month.AddDays(-31), month.AddMonths(1).AddDays(31), ct);
        if (!calendar.IsWorkDay(date) || calendar.NextWorkDay(date) is { } next && next.Month == date.Month) return;

        var managers = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive && m.Role == MemberRole.Manager && m.UnreachableSinceUtc == null)
            .ToListAsync(ct);
        if (managers.Count == 0) return;
        var view = await tiers.BuildAsync(team, date, calendar.PreviousWorkDay(month), ct);
        var byLanguage = new Dictionary<string, IReadOnlyList<AdaptiveCard>>();
        var rows = managers.SelectMany(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            if (!byLanguage.TryGetValue(t.Language, out var cards))
                byLanguage[t.Language] = cards = TierCards.ForManagers(t, view, t.MonthName(month));
            var key = TierKeys.Month(teamId, month, m.Id);
            return cards.Select((c, i) => outbox.ToMember(team, m, RitualKeys.Part(key, i + 1), CardMessage.Of(c)));
        }).ToList();
        await outbox.QueueAsync(rows, ct);
        log.LogInformation("The 271 of {Month:yyyy-MM} for team {TeamId} queued to {Managers} managers", month, teamId, managers.Count);
    }
}
