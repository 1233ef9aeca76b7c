using IronArmy.Bot.Conversations;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Resources;
using IronArmy.Core.Teams;
using IronArmy.Data;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Bot.Onboarding;

/// <summary>
/// Queues the welcome messages of an install. Keys are per team and person, so however many
/// times an install or roster event arrives, each person and the channel are welcomed once.
/// </summary>
public sealed class Welcomes(IronArmyDbContext db, Outbox outbox)
{
    public async Task EnqueueChannelWelcomeAsync(Team team, CancellationToken ct)
    {
        if (team.ChannelId is null) return;
        var managers = await db.Members.Where(m => m.TeamId == team.Id && m.IsActive && m.Role == MemberRole.Manager)
            .OrderBy(m => m.Name).Select(m => new { m.TeamsUserId, m.Name }).ToListAsync(ct);
        var card = ChannelWelcomeCard.Build(Texts.For(team.Locale), team.Name, team.Schedule, managers.Select(m => (m.TeamsUserId, m.Name)).ToList());
        await outbox.QueueAsync([outbox.ToChannel(team, OnboardingKeys.ChannelWelcome(team.Id), CardMessage.Of(card))], ct);
    }

    public Task<int> EnqueueMemberWelcomeAsync(Team team, Member member, CancellationToken ct) =>
        EnqueueMemberWelcomesAsync(team, [member], ct);

    public Task<int> EnqueueMemberWelcomesAsync(Team team, IReadOnlyCollection<Member> members, CancellationToken ct) =>
        outbox.QueueAsync(members.Select(m => outbox.ToMember(
            team,
            m,
            OnboardingKeys.MemberWelcome(team.Id, m.Id),
            CardMessage.Of(WelcomeCard.Build(Texts.For(m.Locale ?? team.Locale), m.Name, team.Name, m.Role, team.Schedule)))).ToList(), ct);
}
