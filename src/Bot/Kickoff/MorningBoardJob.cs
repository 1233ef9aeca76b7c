using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Kickoff;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Kickoff;

/// <summary>
/// The morning board in the team channel: posted at the board time, or as soon as every rep due has
/// planned; after that, each new plan updates the same post in place (PUT), never a new one.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MorningBoardJob(
    IronArmyDbContext db,
    Outbox outbox,
    KickoffFollowUps followUps,
    TimeProvider clock,
    ILogger<MorningBoardJob> log) : IJob
{
    /// <summary>How long to wait for the first post to go out before updating it.</summary>
    private static readonly TimeSpan NotSentYetRetry = TimeSpan.FromSeconds(15);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var (teamId, date) = TeamDayJobs.Of(context);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true, ChannelId: not null }) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var plans = await db.TeamPlansOnAsync(teamId, date, ct);
        var due = await db.RepsDueOnAsync(teamId, date, ct);
        var planned = plans.Select(p => p.MemberId).ToHashSet();
        var t = Texts.For(team.Locale);
        var board = new MorningBoard(
            t.TeamNameAsTitle(team.Name),
            date,
            [.. plans.Select(p => BoardRow.Of(t.PersonName(p.MemberName), p.Plan))],
            [.. due.Where(m => !planned.Contains(m.Id)).Select(m => t.PersonName(m.Name))])
        {
            UpdatedAt = team.Schedule.Zone.TimeOf(now),
        };
        var activity = CardMessage.Of(MorningBoardCard.Build(t, board));

        var postKey = KickoffKeys.MorningBoard(teamId, date);
        var post = await db.Outbox.AsNoTracking().Where(o => o.IdempotencyKey == postKey)
            .Select(o => new { o.Id, o.Status, o.SentActivityId, o.ConversationId }).SingleOrDefaultAsync(ct);
        if (post is null)
        {
            var timeline = KickoffTimeline.For(date, team.Schedule, team.Reminders);
            var submittedDue = due.Count(m => planned.Contains(m.Id));
            if (!timeline.BoardDue(now, due.Count, submittedDue)) return;
            await outbox.QueueAsync([outbox.ToChannel(team, postKey, activity)], ct);
            log.LogInformation("Morning board for team {TeamId} on {WorkDate} posted: {Plans} plans, {Waiting} waiting", teamId, date, plans.Count, board.Waiting.Count);
            return;
        }

        if (post.SentActivityId is null)
        {
            // The post itself is still on its way: its id is needed to update it.
            if (post.Status == OutboxStatus.Pending) await followUps.RetryBoardAsync(teamId, date, now + NotSentYetRetry, ct);
            return;
        }

        // Only the newest board matters: an older update still waiting (a retry after a failure)
        // must not be sent after this one and put the old numbers back.
        await db.Outbox
            .Where(o => o.TargetActivityId == post.SentActivityId && o.Status == OutboxStatus.Pending && o.Target == OutboxTarget.Update
                        && (o.LockedUntilUtc == null || o.LockedUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OutboxStatus.Failed).SetProperty(o => o.LastError, "Superseded by a newer board."), ct);
        var key = KickoffKeys.MorningBoardUpdate(postKey, now);
        await outbox.QueueAsync([outbox.Replace(team.TenantId, team.ServiceUrl, post.ConversationId!, post.SentActivityId, key, activity)], ct);
        log.LogInformation("Morning board for team {TeamId} on {WorkDate} updated: {Plans} plans", teamId, date, plans.Count);
    }
}
