using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Leaderboards;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace IronArmy.Bot.Leaderboards;

/// <summary>
/// One shout-out post: the team's waiting moments (up to <see cref="ShoutOutCard.MaxMoments"/>) in
/// one card to the channel. The moments are marked with the post's outbox key in the same save that
/// queues it, so a repeat or a crash in between never posts them twice. Too soon after the last
/// post, it waits for the interval; more moments than fit go in the next post, one interval later.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ShoutOutPostJob(IronArmyDbContext db, Outbox outbox, TimeProvider clock, ILogger<ShoutOutPostJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var teamId = long.Parse(context.MergedJobDataMap.GetString(ShoutOutSchedule.TeamIdKey)!, CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow().UtcDateTime;
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Id == teamId, ct);
        if (team is null) return;

        var waiting = await db.WaitingShoutOutsAsync(teamId, ShoutOutCard.MaxMoments + 1, ct);
        if (waiting.Count == 0) return;
        if (team is not { IsActive: true, ShoutOuts.Enabled: true, ChannelId: not null })
        {
            // Switched off (or uninstalled) while they waited: the team said no, so they are let go, not kept for later.
            await db.ShoutOuts.Where(s => s.TeamId == teamId && s.PostKey == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.PostKey, ShoutOutEntry.Dropped).SetProperty(s => s.PostedAtUtc, now), ct);
            log.LogInformation("Shout-outs of team {TeamId} dropped: shout-outs off or no channel", teamId);
            return;
        }

        var interval = team.ShoutOuts.Interval;
        if (await db.LastShoutOutPostAtAsync(teamId, ct) is { } last && last + interval > now)
        {
            await ShoutOutSchedule.ScheduleAtAsync(context.Scheduler, teamId, last + interval, ct);
            return;
        }

        var batch = waiting.Take(ShoutOutCard.MaxMoments).ToList();
        var moments = await MomentsAsync(batch, ct);
        var key = LeaderboardKeys.ShoutOutPost(teamId, batch[0].Id);
        foreach (var entry in batch) (entry.PostKey, entry.PostedAtUtc) = (key, now);
        var card = ShoutOutCard.Build(Texts.For(team.Locale), moments, team.CurrencyCode);
        // One save: the moments marked and the post queued, or neither.
        await outbox.QueueAsync([outbox.ToChannel(team, key, CardMessage.Of(card))], ct);
        log.LogInformation("Shout-out post {Key} for team {TeamId}: {Moments} moments", key, teamId, batch.Count);

        if (waiting.Count > batch.Count) await ShoutOutSchedule.ScheduleAtAsync(context.Scheduler, teamId, now + interval, ct);
    }

    /// <summary>
    /// Each moment with its rep named (unless they opted out) and their win quoted when they shared it
    /// with the team under their name that day.
    /// </summary>
    private async Task<IReadOnlyList<ShoutOutMoment>> MomentsAsync(IReadOnlyList<ShoutOutEntry> batch, CancellationToken ct)
    {
        var memberIds = batch.Select(e => e.MemberId).Distinct().ToList();
        var dates = batch.Select(e => e.WorkDate).Distinct().ToList();
        var people = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.TeamsUserId, m.Name, m.NamedInShoutOuts })
            .ToDictionaryAsync(m => m.Id, ct);
        var wins = (await db.Recaps.AsNoTracking()
                .Where(r => memberIds.Contains(r.MemberId) && dates.Contains(r.WorkDate) && r.WinVisibility == WinVisibility.Team && r.WinText != null)
                .Select(r => new { r.MemberId, r.WorkDate, r.WinText })
                .ToListAsync(ct))
            .ToDictionary(r => (r.MemberId, r.WorkDate), r => r.WinText);

        return batch.Select(e =>
        {
            var who = people.GetValueOrDefault(e.MemberId);
            if (who is not { NamedInShoutOuts: true } || string.IsNullOrWhiteSpace(who.Name)) return new ShoutOutMoment(e.ToCore(), null, null);
            return new ShoutOutMoment(e.ToCore(), new ShoutOutPerson(who.TeamsUserId, who.Name), wins.GetValueOrDefault((e.MemberId, e.WorkDate)));
        }).ToList();
    }
}
