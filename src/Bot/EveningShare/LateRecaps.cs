using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.EveningShare;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Forms;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// A recap sent after its digest (Core <see cref="LateRecap"/>): kept word for word, sent to the
/// team's managers as a late recap, and given back to the rep with the line saying so. It never
/// changes the day's recap, visits or boards: the evening meeting reviewed the day as it stood at
/// the digest, as the kickoff plan stays what it was at the share.
/// </summary>
public sealed class LateRecaps(IronArmyDbContext db, RecapCards cards, Outbox outbox, TimeProvider clock, ILogger<LateRecaps> log)
{
    public async Task<AdaptiveCard> KeepAsync(Team team, Member rep, DateOnly workDate, IReadOnlyDictionary<string, string> words, Texts t, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Stored before anyone is told, so a failure below loses no word.
        var kept = await db.KeepWordsAsync(team.Id, rep.Id, Ritual.EveningShare, workDate, null, words, now, ct);
        var told = await TellManagersAsync(team, rep, kept, words, ct);
        // Never log the words: the vent, win and help are the rep's, for the manager.
        log.LogInformation("Recap from member {MemberId} for {WorkDate} arrived after the digest: kept as words {KeptId}, {Managers} managers told",
            rep.Id, workDate, kept.Id, told);
        return await cards.KeptAsync(team, rep, workDate, words, [RecapCards.ClosedLine(team, workDate, t), t["Recap_KeptLate"]], t, ct);
    }

    private async Task<int> TellManagersAsync(Team team, Member rep, KeptWords kept, IReadOnlyDictionary<string, string> words, CancellationToken ct)
    {
        var managers = await db.Members.AsNoTracking()
            .Where(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Manager && m.UnreachableSinceUtc == null && m.Id != rep.Id)
            .ToListAsync(ct);
        var forManagers = LateRecap.ForManagers(words);
        var zone = team.Schedule.Zone;
        var rows = new List<Data.Delivery.OutboxMessage>(managers.Count);
        foreach (var manager in managers)
        {
            var t = Texts.For(manager.Locale ?? team.Locale);
            var line = t.Format("Recap_LateForManager", t.PersonName(rep.Name), t.LocalDate(kept.WorkDate),
                t.LocalDateTime(zone.LocalOf(kept.ArrivedAtUtc)), team.Schedule.Digest.ToString("HH:mm"));
            var card = await cards.KeptAsync(team, rep, kept.WorkDate, forManagers, [line], t, ct);
            rows.Add(outbox.ToMember(team, manager, EveningShareKeys.LateRecap(kept.Id, manager.Id), CardMessage.Of(card)));
        }

        await outbox.QueueAsync(rows, ct);
        return rows.Count;
    }
}
