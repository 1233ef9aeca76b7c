using IronArmy.Bot.Scheduling;
using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Kickoff;
using Quartz;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// At the digest time, before the evening meeting, the team channel gets today's wins that reps
/// made team-visible — when the team has switched this on, has a channel, and there is at least
/// one. Once per team and day (its outbox key); vents are never part of it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SharedWinsJob(IronArmyDbContext db, Outbox outbox, ILogger<SharedWinsJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (await TeamDayJobs.ActiveTeamOfAsync(db, context, ct) is not { } claimed) return;
        var (team, date) = claimed;
        // A personal install has no channel: nothing is ever posted for it.
        if (team is not { PostSharedWins: true, ChannelId: not null }) return;

        var recaps = await db.TeamRecapsOnAsync(team.Id, date, ct);
        if (recaps.Count == 0) return;
        var plans = (await db.TeamPlansOnAsync(team.Id, date, ct)).ToDictionary(p => p.MemberId, p => p.Plan.Visits);
        var evenings = recaps.Select(r => RepEvening.Shared(
            r.MemberId.ToString(CultureInfo.InvariantCulture),
            r.MemberName,
            RepDay.Of(date, plans.GetValueOrDefault(r.MemberId) ?? [], r.Recap, team.Standard),
            r.Recap));
        var wins = SharedWins.Of(evenings);
        if (wins.Count == 0) return;

        var t = Texts.For(team.Locale);
        var card = SharedWinsCard.Build(t, new SharedWinsPost(team.Name, date, wins));
        var key = EveningShareKeys.SharedWins(team.Id, date);
        await outbox.QueueAsync([outbox.ToChannel(team, key, CardMessage.Of(card))], ct);
        // Counts only: the wins are the reps' words, and an anonymous one must not be traceable.
        log.LogInformation("Shared wins for team {TeamId} on {WorkDate}: {Count} wins", team.Id, date, wins.Count);
    }
}
