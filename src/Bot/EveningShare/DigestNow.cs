using IronArmy.Core.Commands;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Bot.Scheduling;
using IronArmy.Data;
using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;

namespace IronArmy.Bot.EveningShare;

/// <summary>
/// A manager's <c>digest now</c> / <c>晚分享汇总</c>: tonight's digest so far, in the manager's 1:1
/// chat wherever they asked. The digest carries vents and names, so it never goes to a channel:
/// asked there, the cards go privately and the channel hears only that they were sent.
/// (Managers only: <see cref="CommandRouter"/> refuses anyone else before this is reached.)
/// </summary>
public sealed class DigestNow(
    IronArmyDbContext db,
    EveningDigests digests,
    Outbox outbox,
    TimeProvider clock,
    ILogger<DigestNow> log) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } = [typeof(DigestNowCommand)];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (speaker, t, inbound) = (request.Speaker, request.Texts, request.Inbound);
        var (team, manager) = (speaker.Team, speaker.Member);
        var today = team.Schedule.Zone.DateOf(clock.GetUtcNow().UtcDateTime);
        var calendar = await db.TeamCalendarAsync(team.Id, today, today, ct);
        if (!calendar.IsWorkDay(today))
        {
            return CardMessage.Text(t.Format("Reply_NotWorkDay", t.LocalDate(today)));
        }

        var cards = DigestCards.Build(t, await digests.OfAsync(team, today, ct));
        // One row per card to the manager's own chat, keyed by the message that asked: a re-delivered
        // command sends nothing twice, a new one sends the digest as it stands then.
        var key = EveningShareKeys.DigestNow(manager.Id, inbound.Id ?? Guid.NewGuid().ToString("N"));
        var rows = cards.Select((card, i) => outbox.ToMember(team, manager, RitualKeys.Part(key, i + 1), CardMessage.Of(card))).ToList();
        await outbox.QueueAsync(rows, ct);
        log.LogInformation("Digest of team {TeamId} for {WorkDate} sent on demand to manager {MemberId} in {Parts} parts", team.Id, today, manager.Id, rows.Count);

        return speaker.InChannel ? CardMessage.Text(t["Reply_DigestSentPrivately"]) : null;
    }
}
