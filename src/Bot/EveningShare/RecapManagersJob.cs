using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Kickoff;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// An hour (a team setting) after the evening share, each manager gets one message naming the
/// reps who have not shared yet — while there is still time before the digest, or not at all.
/// Nothing is sent when everyone has shared.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecapManagersJob(IronArmyDbContext db, OutboxRows messages, IOutboxWake wake, TimeProvider clock, ILogger<RecapManagersJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } claimed) return;
        var (team, date) = claimed;
        var timeline = EveningShareTimeline.For(date, team.Schedule, team.RecapReminders);
        if (!timeline.BeforeDigest(clock.GetUtcNow().UtcDateTime))
        {
            log.LogInformation("Recap missing list for team {TeamId} on {WorkDate} skipped: the digest time has come", team.Id, date);
            return;
        }

        var missing = await db.RepsWithoutRecapAsync(team.Id, date, ct);
        if (missing.Count == 0) return;
        var due = (await db.RepsDueOnAsync(team.Id, date, ct)).Count;
        var managers = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Manager && m.UnreachableSinceUtc == null)
            .ToListAsync(ct);
        var rows = managers.Select(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            var names = t.NameList(missing.Select(r => t.PersonName(r.Name)));
            return messages.ToMember(team, m, $"share-missing:{m.Id}:{date:yyyy-MM-dd}",
                CardMessage.Text(t.Format("Recap_MissingForManager", missing.Count, due, t.LocalDate(date), names)));
        }).ToList();
        if (await db.EnqueueAsync(rows, ct) > 0) wake.Wake();
        log.LogInformation("Recap missing list for team {TeamId} on {WorkDate}: {Missing} missing, {Managers} managers told", team.Id, date, missing.Count, rows.Count);
    }
}
