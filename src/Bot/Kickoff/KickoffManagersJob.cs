using IronArmy.Bot.Scheduling;
using IronArmy.Data.Delivery;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// 30 minutes (a team setting) after the kickoff, each manager gets one message naming the reps
/// who have not planned yet. Nothing is sent when everyone has.
/// </summary>
[DisallowConcurrentExecution]
public sealed class KickoffManagersJob(IronArmyDbContext db, OutboxRows messages, IOutboxWake wake, ILogger<KickoffManagersJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } claimed) return;
        var (team, date) = claimed;
        var teamId = team.Id;
        var missing = await db.RepsWithoutPlanAsync(teamId, date, ct);
        if (missing.Count == 0) return;
        var due = (await db.RepsDueOnAsync(teamId, date, ct)).Count;
        var managers = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == teamId && m.IsActive && m.Role == MemberRole.Manager && m.UnreachableSinceUtc == null)
            .ToListAsync(ct);
        var rows = managers.Select(m =>
        {
            var t = Texts.For(m.Locale ?? team.Locale);
            var names = string.Join(t["Kickoff_ListSeparator"], missing.Select(r => t.PersonName(r.Name)));
            return messages.ToMember(team, m, $"kickoff-missing:{m.Id}:{date:yyyy-MM-dd}",
                Cards.CardMessage.Text(t.Format("Kickoff_MissingForManager", missing.Count, due, t.LocalDate(date), names)));
        }).ToList();
        if (await db.EnqueueAsync(rows, ct) > 0) wake.Wake();
        log.LogInformation("Kickoff missing list for team {TeamId} on {WorkDate}: {Missing} missing, {Managers} managers told", teamId, date, missing.Count, rows.Count);
    }
}
