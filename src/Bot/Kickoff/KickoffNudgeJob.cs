using IronArmy.Bot.Scheduling;
using IronArmy.Data.Delivery;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Data;
using IronArmy.Data.Kickoff;
using Quartz;

namespace IronArmy.Bot.Kickoff;

/// <summary>One nudge, 15 minutes (a team setting) after the kickoff, to each rep due today who has not planned yet.</summary>
[DisallowConcurrentExecution]
public sealed class KickoffNudgeJob(IronArmyDbContext db, Outbox messages, ILogger<KickoffNudgeJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } claimed) return;
        var (team, date) = claimed;
        var teamId = team.Id;
        var missing = await db.RepsWithoutPlanAsync(teamId, date, ct);
        var rows = missing.Select(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            return messages.ToMember(team, m, KickoffKeys.Nudge(m.Id, date),
                Cards.CardMessage.Text(t.Format("Kickoff_Nudge", t.PersonName(m.Name), t.LocalDate(date))));
        }).ToList();
        await messages.QueueAsync(rows, ct);
        log.LogInformation("Kickoff nudge for team {TeamId} on {WorkDate}: {Count} reps", teamId, date, rows.Count);
    }
}
