using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Kickoff;
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
    OutboxRows outbox,
    IOutboxWake wake,
    KickoffFollowUps followUps,
    TimeProvider clock,
    ILogger<MorningBoardJob> log) : IJob
{
    /// <summary>How long to wait for the first post to go out before updating it.</summary>
    private static readonly TimeSpan NotSentYetRetry = TimeSpan.FromSeconds(15);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var (teamId, date) = KickoffFollowUps.Of(context);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is not { IsActive: true, ChannelId: not null }) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var plans = await db.TeamPlansOnAsync(teamId, date, ct);
        var due = await db.RepsDueOnAsync(teamId, date, ct);
        var planned = plans.Select(p => p.MemberId).ToHashSet();
        var t = Texts.For(team.Locale);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var board = new MorningBoard(
            t.TeamName(team.Name),
            date,
            [.. plans.Select(p => BoardRow.Of(t.PersonName(p.MemberName), p.Plan))],
            [.. due.Where(m => !planned.Contains(m.Id)).Select(m => t.PersonName(m.Name))])
        {
            UpdatedAt = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone)),
        };
        var activity = CardMessage.Of(MorningBoardCard.Build(t, board));

        var round = await db.KickoffRoundAsync(teamId, date, ct);
        if (round?.BoardOutboxMessageId is not { } postId)
        {
            var timeline = KickoffTimeline.For(date, team.Schedule, team.Reminders);
            var submittedDue = due.Count(m => planned.Contains(m.Id));
            if (!timeline.BoardDue(now, due.Count, submittedDue)) return;
            if (!await db.TryClaimKickoffStepAsync(teamId, date, KickoffStep.BoardPosted, now, ct)) return;
            var post = outbox.ToChannel(team, $"board:{teamId}:{date:yyyy-MM-dd}", activity);
            await db.EnqueueAsync([post], ct);
            await db.RecordBoardOutboxMessageAsync(teamId, date, post.Id, ct);
            wake.Wake();
            log.LogInformation("Morning board for team {TeamId} on {WorkDate} posted: {Plans} plans, {Waiting} waiting", teamId, date, plans.Count, board.Waiting.Count);
            return;
        }

        var sent = await db.Outbox.AsNoTracking().Where(o => o.Id == postId).Select(o => new { o.Status, o.SentActivityId, o.ConversationId }).SingleAsync(ct);
        if (sent.Status == OutboxStatus.Pending || sent.SentActivityId is null)
        {
            // The post itself is still on its way: its id is needed to update it.
            if (sent.Status == OutboxStatus.Pending) await followUps.RetryBoardAsync(teamId, date, now + NotSentYetRetry, ct);
            return;
        }

        var key = $"board:{teamId}:{date:yyyy-MM-dd}:{now.Ticks}";
        await db.EnqueueAsync([outbox.Replace(team.TenantId, team.ServiceUrl, sent.ConversationId!, sent.SentActivityId, key, activity)], ct);
        wake.Wake();
        log.LogInformation("Morning board for team {TeamId} on {WorkDate} updated: {Plans} plans", teamId, date, plans.Count);
    }
}
