using System.Text.Json;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IronArmy.Bot.Tests.Scheduling;

public sealed class RitualFanOutTests : IAsyncLifetime
{
    // Thursday 2026-06-11 07:40 in Shanghai.
    private static readonly DateTime Kickoff = new(2026, 6, 10, 23, 40, 0, DateTimeKind.Utc);
    private readonly SchedulingFixture _f = new(Kickoff.AddSeconds(2));
    private Team _team = null!;
    private Member _ana = null!, _bo = null!, _manager = null!;

    public async Task InitializeAsync()
    {
        _team = await _f.AddTeamAsync(TeamSchedule.Default, name: "East");
        _ana = await _f.AddMemberAsync(_team.Id, "Ana");
        _bo = await _f.AddMemberAsync(_team.Id, "Bo");
        await _f.AddMemberAsync(_team.Id, "Left", active: false);
        await _f.AddMemberAsync(_team.Id, "Blocked", unreachableSinceUtc: Kickoff.AddDays(-3));
        _manager = await _f.AddMemberAsync(_team.Id, "Mia", MemberRole.Manager);
        var other = await _f.AddTeamAsync(TeamSchedule.Default, name: "West");
        await _f.AddMemberAsync(other.Id, "Elsewhere");
    }

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        _f.DeleteDatabase();
    }

    private async Task<int> RunAsync(Ritual ritual, DateTime scheduledUtc)
    {
        await using var scope = _f.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RitualFanOut>().RunAsync(ritual, _team.Id, scheduledUtc, CancellationToken.None);
    }

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = _f.NewDb();
        return await db.Outbox.AsNoTracking().OrderBy(o => o.MemberId).ToListAsync();
    }

    [Fact]
    public async Task Kickoff_queues_one_message_per_active_reachable_rep_of_the_team()
    {
        var added = await RunAsync(Ritual.Kickoff, Kickoff);

        var rows = await OutboxAsync();
        Assert.Equal(2, added);
        Assert.Equal([_ana.Id, _bo.Id], rows.Select(r => r.MemberId!.Value));
        Assert.Equal([RitualKeys.Idempotency(Ritual.Kickoff, _ana.Id, new DateOnly(2026, 6, 11)), RitualKeys.Idempotency(Ritual.Kickoff, _bo.Id, new DateOnly(2026, 6, 11))], rows.Select(r => r.IdempotencyKey));
        Assert.All(rows, r =>
        {
            Assert.Equal(OutboxTarget.Member, r.Target);
            Assert.Equal(OutboxStatus.Pending, r.Status);
            Assert.Equal("tenant-1", r.TenantId);
            Assert.Equal(_team.ServiceUrl, r.ServiceUrl);
            Assert.Equal(_team.Id, r.TeamId);
            Assert.Equal(_f.Clock.GetUtcNow().UtcDateTime, r.NextAttemptAtUtc);
        });
        var activity = JsonSerializer.Deserialize<Activity>(rows[0].ActivityJson)!;
        Assert.Equal(ActivityTypes.Message, activity.Type);
        // The kickoff prompt is the kickoff form itself, in the team's language (zh-CN by default), for the work date.
        var words = IronArmy.Bot.Tests.Conversations.BotHost.Words(activity);
        Assert.Contains("早启动", words);
        Assert.Contains("6月11日", words);
        Assert.Contains("visit.1.customer", IronArmy.Bot.Tests.Conversations.BotHost.CardOf(activity)!.Value.GetRawText());
        IronArmy.Bot.Tests.Cards.AdaptiveCardSchema.AssertValid(IronArmy.Bot.Tests.Conversations.BotHost.CardOf(activity)!.Value);
        Assert.Equal(1, _f.Wake.Count);
    }

    [Fact]
    public async Task Running_the_same_fire_twice_queues_nothing_new()
    {
        await RunAsync(Ritual.Kickoff, Kickoff);
        var second = await RunAsync(Ritual.Kickoff, Kickoff);

        Assert.Equal(0, second);
        Assert.Equal(2, (await OutboxAsync()).Count);
        Assert.Equal(1, _f.Wake.Count); // nothing new, nobody woken
    }

    [Fact]
    public async Task Evening_share_uses_its_own_keys_on_the_same_day()
    {
        await RunAsync(Ritual.Kickoff, Kickoff);
        var share = Kickoff.AddHours(10).AddMinutes(50); // 18:30 Shanghai
        _f.Clock.SetUtcNow(share);

        Assert.Equal(2, await RunAsync(Ritual.EveningShare, share));
        Assert.Contains(RitualKeys.Idempotency(Ritual.EveningShare, _ana.Id, new DateOnly(2026, 6, 11)), (await OutboxAsync()).Select(r => r.IdempotencyKey));
    }

    [Fact]
    public async Task Digest_goes_to_the_managers()
    {
        var digest = Kickoff.AddHours(13).AddMinutes(20); // 21:00 Shanghai
        _f.Clock.SetUtcNow(digest);

        await RunAsync(Ritual.Digest, digest);

        var row = Assert.Single(await OutboxAsync());
        Assert.Equal(_manager.Id, row.MemberId);
        Assert.Equal(RitualKeys.Idempotency(Ritual.Digest, _manager.Id, new DateOnly(2026, 6, 11)), row.IdempotencyKey);
    }

    [Fact]
    public async Task Nothing_is_queued_on_a_day_off()
    {
        var sunday = Kickoff.AddDays(3); // Sunday 2026-06-14 07:40 Shanghai
        _f.Clock.SetUtcNow(sunday);

        Assert.Equal(0, await RunAsync(Ritual.Kickoff, sunday));
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task Nothing_is_queued_for_an_uninstalled_team()
    {
        await using (var db = _f.NewDb())
        {
            await db.Teams.Where(t => t.Id == _team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsActive, false));
        }

        Assert.Equal(0, await RunAsync(Ritual.Kickoff, Kickoff));
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task A_fire_run_within_the_tolerance_is_carried_out_and_one_later_is_skipped()
    {
        _f.Clock.SetUtcNow(Kickoff.AddMinutes(59));
        Assert.Equal(2, await RunAsync(Ritual.Kickoff, Kickoff));

        var tomorrow = Kickoff.AddDays(1);
        _f.Clock.SetUtcNow(tomorrow.AddMinutes(61));
        Assert.Equal(0, await RunAsync(Ritual.Kickoff, tomorrow));
        Assert.DoesNotContain(await OutboxAsync(), r => r.IdempotencyKey.EndsWith("2026-06-12", StringComparison.Ordinal));
    }
}
