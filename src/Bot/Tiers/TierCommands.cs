using System.Globalization;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Commands;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Delivery;

namespace IronArmy.Bot.Tiers;

/// <summary>
/// <c>271</c> / <c>二七一</c> — a manager gets every rep's tier, a rep only their own — and the
/// manager's <c>set 271 window</c> and <c>set 271 weights</c>. The 271 is never posted in the
/// channel: asked there, the answer goes to the asker's 1:1 chat.
/// </summary>
public sealed class TierCommands(IronArmyDbContext db, TeamTiers tiers, Outbox outbox, TimeProvider clock) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } = [typeof(ShowTiersCommand), typeof(SetTierWindowCommand), typeof(SetTierWeightsCommand)];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (command, speaker, t) = (request.Command, request.Speaker, request.Texts);
        var (team, member) = (speaker.Team, speaker.Member);
        switch (command)
        {
            case ShowTiersCommand:
                var now = clock.GetUtcNow().UtcDateTime;
                var view = await tiers.BuildAsync(team, await tiers.LastClosedDayAsync(team, now, ct), null, ct);
                IReadOnlyList<AdaptiveCard> cards = member.Role == MemberRole.Manager
                    ? TierCards.ForManagers(t, view)
                    : [TierCards.ForRep(t, view, member.Id)];
                if (cards.Count == 1 && !speaker.InChannel) return CardMessage.Of(cards[0]);
                // Several parts, or asked in the channel: to the asker's own chat, in order, once per request.
                var key = TierKeys.Asked(member.Id, request.Inbound.Id ?? now.Ticks.ToString(CultureInfo.InvariantCulture));
                await outbox.QueueAsync([.. cards.Select((c, i) => outbox.ToMember(team, member, RitualKeys.Part(key, i + 1), CardMessage.Of(c)))], ct);
                return speaker.InChannel ? CardMessage.Text(t["Reply_TiersSentPrivately"]) : null;

            case SetTierWindowCommand window:
                team.Tiers = team.Tiers with { WindowDays = window.Days };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_TierWindowSet", window.Days, team.Tiers.MinDueDays));

            case SetTierWeightsCommand weights:
                team.Tiers = team.Tiers with { Weights = weights.Weights };
                await db.SaveChangesAsync(ct);
                return CardMessage.Text(t.Format("Reply_TierWeightsSet", t.Weights(weights.Weights)));

            default:
                throw new ArgumentOutOfRangeException(nameof(request), command, "Not a 271 command.");
        }
    }
}
