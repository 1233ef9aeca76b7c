using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.RideAlongs;
using IronArmy.Data;
using IronArmy.Data.RideAlongs;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.RideAlongs;

/// <summary>
/// The managers' ride-along commands: <c>ride [@rep]</c> opens the form, <c>coaching [@rep]</c> shows a
/// rep's history per skill (or each rep's last ride-along), <c>set rides per week 3</c> sets the rhythm.
/// Coaching is between a manager and a rep: asked in the channel, the card goes to the manager's 1:1
/// chat and the channel hears only that. (Managers only: the router refuses anyone else first.)
/// </summary>
public sealed class RideAlongCommands(
    IronArmyDbContext db,
    RideAlongForms forms,
    Outbox outbox,
    TimeProvider clock,
    ILogger<RideAlongCommands> log) : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } = [typeof(RideAlongCommand), typeof(CoachingHistoryCommand), typeof(SetRidesPerWeekCommand)];

    public async Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (speaker, t) = (request.Speaker, request.Texts);
        var team = speaker.Team;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = team.Schedule.Zone.DateOf(now);
        switch (request.Command)
        {
            case SetRidesPerWeekCommand set:
                await db.SetRidesPerWeekAsync(team.Id, set.PerWeek, ct);
                log.LogInformation("Team {TeamId} ride-alongs per week set to {PerWeek} by {MemberId}", team.Id, set.PerWeek, speaker.Member.Id);
                return CardMessage.Text(t.Format("Reply_RidesPerWeekSet", set.PerWeek));

            case RideAlongCommand ride:
            {
                var (found, unknown) = await RepAsync(speaker, request.Inbound, ride.RepName, ct);
                if (unknown is not null) return CardMessage.Text(t.Format("Reply_RideUnknownRep", unknown));
                var nowLocal = TimeOnly.FromDateTime(team.Schedule.Zone.LocalOf(now));
                var card = RideAlongCard.Build(t, await forms.NewAsync(team, speaker.Member, found?.Id, today, nowLocal, ct));
                return await PrivatelyAsync(speaker, t, request.Inbound, card, ct);
            }

            case CoachingHistoryCommand coaching:
            {
                var (found, unknown) = await RepAsync(speaker, request.Inbound, coaching.RepName, ct);
                if (unknown is not null) return CardMessage.Text(t.Format("Reply_RideUnknownRep", unknown));
                AdaptiveCard card;
                if (found is null)
                {
                    var last = await db.LastRideAlongPerRepAsync(team.Id, ct);
                    var reps = await forms.TeammatesAsync(team, speaker.Member, ct);
                    card = RideAlongCards.Overview(t, [.. reps.Select(r => (r.Name, last.TryGetValue(r.MemberId, out var d) ? d : (DateOnly?)null))]);
                }
                else
                {
                    var steps = await db.CoachingHistoryAsync(found.Id, ct);
                    card = RideAlongCards.History(t, found.Name, SkillProgression.Of(steps), steps.Count);
                }

                return await PrivatelyAsync(speaker, t, request.Inbound, card, ct);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Command, "Not a ride-along command.");
        }
    }

    /// <summary>
    /// The teammate named by an @mention (which wins) or by the name typed; (null, null) when none was
    /// named, (null, the name) when nobody active on the team answers to it.
    /// </summary>
    private async Task<(Member? Found, string? Unknown)> RepAsync(Speaker speaker, Activity inbound, string? typed, CancellationToken ct)
    {
        var teamId = speaker.Team.Id;
        if (inbound.MentionedPeople() is [var person, ..])
        {
            var mentioned = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.TeamId == teamId && m.IsActive && (m.TeamsUserId == person.Id || m.AadObjectId == person.Id), ct);
            return mentioned is not null && mentioned.Id != speaker.Member.Id ? (mentioned, null) : (null, person.Name ?? typed ?? person.Id);
        }

        if (typed is null) return (null, null);
        var active = await db.Members.AsNoTracking().Where(m => m.TeamId == teamId && m.IsActive && m.Id != speaker.Member.Id).ToListAsync(ct);
        var byName = active.Where(m => string.Equals(m.Name.Trim(), typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count == 1 ? (byName[0], null) : (null, typed);
    }

    /// <summary>In a 1:1 chat the card is the answer; in the channel it goes to the manager's own chat, and the channel hears only that.</summary>
    private async Task<Activity?> PrivatelyAsync(Speaker speaker, Texts t, Activity inbound, AdaptiveCard card, CancellationToken ct)
    {
        if (!speaker.InChannel) return CardMessage.Of(card);
        var key = RideAlongKeys.FormSentPrivately(speaker.Member.Id, inbound.Id ?? Guid.NewGuid().ToString("N"));
        await outbox.QueueAsync([outbox.ToMember(speaker.Team, speaker.Member, key, CardMessage.Of(card))], ct);
        return CardMessage.Text(t["Reply_RideSentPrivately"]);
    }
}
