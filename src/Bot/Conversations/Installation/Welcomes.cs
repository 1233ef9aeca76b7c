using System.Text.Json;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Cards.Onboarding;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Conversations.Installation;

/// <summary>
/// Queues the welcome messages of an install. Keys are per team and person, so however many
/// times an install or roster event arrives, each person and the channel are welcomed once.
/// </summary>
public sealed class Welcomes(IronArmyDbContext db, IOutboxWake signal, TimeProvider clock)
{
    public async Task EnqueueChannelWelcomeAsync(Team team, CancellationToken ct)
    {
        if (team.ChannelId is null) return;
        var managers = await db.Members.Where(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Manager)
            .OrderBy(m => m.Name).Select(m => new { m.TeamsUserId, m.Name }).ToListAsync(ct);
        var card = ChannelWelcomeCard.Build(Texts.For(team.Locale), team.Name, team.Schedule, managers.Select(m => (m.TeamsUserId, m.Name)).ToList());
        await EnqueueAsync([Row(team, $"welcome:channel:{team.Id}", card, OutboxTarget.Conversation, conversationId: team.ChannelId)], ct);
    }

    public Task EnqueueMemberWelcomeAsync(Team team, Member member, CancellationToken ct) =>
        EnqueueMemberWelcomesAsync(team, [member], ct);

    public Task EnqueueMemberWelcomesAsync(Team team, IReadOnlyCollection<Member> members, CancellationToken ct) =>
        EnqueueAsync(members.Select(m => Row(
            team,
            $"welcome:{team.Id}:{m.Id}",
            WelcomeCard.Build(Texts.For(m.Locale ?? team.Locale), m.Name, team.Name, m.Role, team.Schedule),
            OutboxTarget.Member,
            memberId: m.Id)).ToList(), ct);

    private async Task EnqueueAsync(IReadOnlyCollection<OutboxMessage> rows, CancellationToken ct)
    {
        if (await db.EnqueueAsync(rows, ct) > 0) signal.Wake();
    }

    private OutboxMessage Row(Team team, string key, AdaptiveCard card, OutboxTarget target, long? memberId = null, string? conversationId = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            IdempotencyKey = key,
            TenantId = team.TenantId,
            ServiceUrl = team.ServiceUrl,
            TeamId = team.Id,
            MemberId = memberId,
            ConversationId = conversationId,
            Target = target,
            ActivityJson = JsonSerializer.Serialize(CardMessage.Of(card)),
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        };
    }
}
