using IronArmy.Bot.Conversations;
using System.Globalization;
using IronArmy.Bot.Protocol;
using IronArmy.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// Reads a team's whole roster with <c>pagedmembers</c>, adds newcomers as reps, retires people
/// who left, and queues a welcome for everyone not yet welcomed.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RosterSyncJob(
    IronArmyDbContext db,
    IConnectorClient connector,
    Roster roster,
    Welcomes welcomes,
    ServiceUrlTrust trust,
    ILogger<RosterSyncJob> log) : IJob
{
    public const string TeamIdKey = "teamId";
    private const string AttemptKey = "attempt";
    private const int PageSize = 500;
    private const int MaxAttempts = 10;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var teamId = long.Parse(context.MergedJobDataMap.GetString(TeamIdKey)!, CultureInfo.InvariantCulture);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null || !team.IsActive || team.TeamsTeamId.StartsWith("personal:", StringComparison.Ordinal)) return;

        // The team's serviceUrl came from a validated activity, perhaps received by another instance.
        trust.Trust(team.ServiceUrl);
        var members = await db.Members.Where(m => m.TeamId == teamId).ToListAsync(ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? continuation = null;
        try
        {
            do
            {
                var page = await connector.GetPagedMembersAsync(team.ServiceUrl, team.TeamsTeamId, PageSize, continuation, ct);
                foreach (var person in page.Members)
                {
                    if (person.Id is null || person.Id.StartsWith("28:", StringComparison.Ordinal)) continue;
                    seen.Add(person.Id);
                    await roster.UpsertAsync(team, person.Id, person.Name, person.AadObjectId, ct);
                }

                continuation = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(continuation));
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TimeoutException)
        {
            // A one-shot trigger is not retried by Quartz: schedule the next try ourselves so an
            // install never stays half done (nothing is stored from a partial read).
            var attempt = context.MergedJobDataMap.ContainsKey(AttemptKey) ? context.MergedJobDataMap.GetInt(AttemptKey) + 1 : 1;
            if (attempt > MaxAttempts)
            {
                log.LogError(e, "Reading the roster of team {TeamId} failed {Attempts} times; giving up until the next member event", teamId, MaxAttempts);
                return;
            }

            var delay = e is ConnectorException { RetryAfter: { } after } ? after : TimeSpan.FromSeconds(30 * attempt);
            log.LogWarning(e, "Reading the roster of team {TeamId} failed; retrying in {Delay}", teamId, delay);
            var retry = TriggerBuilder.Create(context.Scheduler.TimeProvider)
                .ForJob(context.JobDetail.Key)
                .WithIdentity(OnboardingKeys.RosterRetry(teamId, attempt))
                .UsingJobData(AttemptKey, attempt)
                .StartAt(context.FireTimeUtc.Add(delay))
                .Build();
            await context.Scheduler.ScheduleJob(context.JobDetail, [retry], new ScheduleJobOptions { Replace = true }, ct);
            return;
        }

        await roster.RetireAsync(teamId, members.Where(m => m.IsActive && !seen.Contains(m.TeamsUserId)).Select(m => m.TeamsUserId), ct);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Roster of team {TeamId}: {Count} people", teamId, seen.Count);

        // The channel welcome waits for the roster too: install events rarely carry the installer's
        // name, and the card @mentions the team's managers by name.
        await welcomes.EnqueueChannelWelcomeAsync(team, ct);
        await welcomes.EnqueueMemberWelcomesAsync(team, db.Members.Local.Where(m => m.TeamId == teamId && m.IsActive).ToList(), ct);
    }
}
