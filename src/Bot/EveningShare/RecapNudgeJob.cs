using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.EveningShare;
using Quartz;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// One nudge, 30 minutes (a team setting) after the evening share, to each rep due today who has
/// not shared yet, in their language, with a button that opens the recap. Not at or after the digest.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecapNudgeJob(IronArmyDbContext db, Outbox messages, TimeProvider clock, ILogger<RecapNudgeJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } claimed) return;
        var (team, date) = claimed;
        var timeline = EveningShareTimeline.For(date, team.Schedule, team.RecapReminders);
        if (!timeline.BeforeDigest(clock.GetUtcNow().UtcDateTime))
        {
            log.LogInformation("Recap nudge for team {TeamId} on {WorkDate} skipped: the digest time has come", team.Id, date);
            return;
        }

        var missing = await db.RepsWithoutRecapAsync(team.Id, date, ct);
        var rows = missing.Select(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            return messages.ToMember(team, m, EveningShareKeys.Nudge(m.Id, date), CardMessage.Of(RecapNudgeCard.Build(t, m.Name, date)));
        }).ToList();
        await messages.QueueAsync(rows, ct);
        log.LogInformation("Recap nudge for team {TeamId} on {WorkDate}: {Count} reps", team.Id, date, rows.Count);
    }
}
