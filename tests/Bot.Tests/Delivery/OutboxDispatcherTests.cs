using System.Diagnostics;
using System.Net;
using IronArmy.Bot.Delivery;
using IronArmy.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IronArmy.Data.Delivery;

namespace IronArmy.Bot.Tests.Delivery;

public sealed class OutboxDispatcherTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task A_row_queued_by_another_instance_is_sent_though_this_one_never_saw_its_service_url()
    {
        await using var h = new DeliveryHarness();
        var instance = h.Instance();
        var trust = instance.GetRequiredService<ServiceUrlTrust>();
        // As the real ConnectorClient does: no call to a serviceUrl the process does not trust.
        h.Connector.Fail = _ => trust.IsTrusted(DeliveryHarness.ServiceUrl) ? null : new UntrustedServiceUrlException(DeliveryHarness.ServiceUrl);
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        await h.EnqueueAsync(h.ToMember(member, "kickoff:from-another-instance"));

        await h.DrainAsync(instance.GetRequiredService<OutboxDispatcher>(), Step);

        Assert.Equal(OutboxStatus.Sent, Assert.Single(await h.RowsAsync()).Status);
    }

    [Fact]
    public async Task Sends_every_row_exactly_once_to_its_target()
    {
        await using var h = new DeliveryHarness();
        var known = await h.AddMembersAsync(10, withConversation: true);
        var fresh = await h.AddMembersAsync(10, withConversation: false);
        await h.EnqueueAsync([
            .. known.Concat(fresh).Select(m => h.ToMember(m, $"kickoff:{m.Id}")),
            h.ToConversation("19:general@thread.tacv2", "board:2026-03-02"),
            h.Update("19:general@thread.tacv2", "root-1", "board-refresh:2026-03-02"),
        ]);

        await h.DrainAsync(h.Dispatcher(), Step);

        var rows = await h.RowsAsync();
        Assert.All(rows, r =>
        {
            Assert.Equal(OutboxStatus.Sent, r.Status);
            Assert.NotNull(r.SentActivityId);
            Assert.Equal(h.Now.Date, r.SentAtUtc?.Date);
            Assert.Null(r.LockedBy);
        });
        var delivered = h.Connector.Calls.Where(c => c.Kind is "send" or "update").ToList();
        Assert.Equal(rows.Select(r => r.IdempotencyKey).Order(), delivered.Select(c => c.Text!).Order());
        Assert.Equal(known.Select(m => m.PersonalConversationId!).Concat(fresh.Select(m => "a:" + m.TeamsUserId)).Order(),
            delivered.Where(c => c.Text!.StartsWith("kickoff:")).Select(c => c.ConversationId!).Order());
        var update = Assert.Single(h.Connector.Calls, c => c.Kind == "update");
        Assert.Equal("19:general@thread.tacv2", update.ConversationId);
        Assert.Equal("root-1", rows.Single(r => r.Target == OutboxTarget.Update).SentActivityId);
    }

    [Fact]
    public async Task Messages_to_one_person_go_in_the_order_they_were_queued()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        var other = (await h.AddMembersAsync(1, withConversation: true)).Single();
        // A digest in parts: the first is slow to send (held until the other person's message is out,
        // which must not wait for it), and that must not let the later parts overtake it.
        var otherSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Connector.BeforeSend = text =>
        {
            if (text == "kickoff:other") otherSent.TrySetResult();
            return text == "digest:1" ? otherSent.Task.WaitAsync(TimeSpan.FromSeconds(10)) : Task.CompletedTask;
        };
        await h.EnqueueAsync([.. Enumerable.Range(1, 5).Select(n => h.ToMember(member, $"digest:{n}")), h.ToMember(other, "kickoff:other")]);

        await h.DrainAsync(h.Dispatcher(), Step);

        var sends = h.Connector.Calls.Where(c => c.Kind == "send").ToList();
        Assert.Equal(["digest:1", "digest:2", "digest:3", "digest:4", "digest:5"], sends.Where(c => c.ConversationId == member.PersonalConversationId).Select(c => c.Text!));
        // Other people do not wait for them.
        Assert.Equal("kickoff:other", sends[0].Text);
    }

    [Fact]
    public async Task When_one_message_must_be_retried_the_ones_queued_after_it_wait_for_it()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        var failed = 0;
        h.Connector.Fail = call => call.Text == "digest:2" && Interlocked.Increment(ref failed) == 1 ? new ConnectorException(HttpStatusCode.BadGateway, null, "upstream down", null) : null;
        await h.EnqueueAsync([.. Enumerable.Range(1, 4).Select(n => h.ToMember(member, $"digest:{n}"))]);

        await h.DrainAsync(h.Dispatcher(), Step);

        var delivered = h.Connector.Calls.Where(c => c.Kind == "send").Select(c => c.Text!).ToList();
        Assert.Equal(["digest:1", "digest:2", "digest:2", "digest:3", "digest:4"], delivered); // the failed try, then in order
        var rows = await h.RowsAsync();
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal([1, 2, 1, 1], rows.Select(r => r.Attempts)); // waiting behind it is no attempt
    }

    [Fact]
    public async Task Creates_a_members_one_to_one_conversation_once_and_stores_it()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: false)).Single();
        await h.EnqueueAsync(h.ToMember(member, "welcome"), h.ToMember(member, "kickoff"), h.ToMember(member, "share"));

        await h.DrainAsync(h.Dispatcher(), Step);

        var create = Assert.Single(h.Connector.Calls, c => c.Kind == "create");
        Assert.False(create.Parameters!.IsGroup);
        Assert.Equal("28:app-id", create.Parameters.Bot?.Id);
        Assert.Equal(member.TeamsUserId, Assert.Single(create.Parameters.Members!).Id);
        Assert.Equal(DeliveryHarness.TenantId, create.Parameters.TenantId);
        Assert.Equal(DeliveryHarness.TenantId, create.Parameters.ChannelData?.Tenant?.Id);
        Assert.Equal("a:" + member.TeamsUserId, (await h.MemberAsync(member.Id)).PersonalConversationId);
        Assert.Equal(3, h.Connector.Calls.Count(c => c.Kind == "send" && c.ConversationId == "a:" + member.TeamsUserId));

        // A later message reuses the stored conversation, even from a fresh instance.
        await h.EnqueueAsync(h.ToMember(member, "digest"));
        await h.DrainAsync(h.Dispatcher(), Step);
        Assert.Single(h.Connector.Calls, c => c.Kind == "create");
    }

    [Fact]
    public async Task A_429_pauses_the_tenant_for_Retry_After_then_the_row_is_sent()
    {
        await using var h = new DeliveryHarness();
        var members = await h.AddMembersAsync(2, withConversation: true);
        await h.EnqueueAsync(h.ToMember(members[0], "first"), h.ToMember(members[1], "second"));
        var throttledOnce = 0;
        h.Connector.Fail = _ => Interlocked.Exchange(ref throttledOnce, 1) == 0
            ? new ConnectorException(HttpStatusCode.TooManyRequests, "TooManyRequests", "slow down", TimeSpan.FromSeconds(30))
            : null;
        var dispatcher = h.Dispatcher(new() { ["Delivery:MaxConcurrency"] = "1" });
        var start = h.Now;
        using var throttled = new CounterProbe("deliveries.throttled");

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        // One call was answered 429; the other row was held back by the tenant pause, not sent.
        Assert.Single(h.Connector.Calls);
        Assert.Equal(1, throttled.Total);
        var rows = await h.RowsAsync();
        Assert.All(rows, r =>
        {
            Assert.Equal(OutboxStatus.Pending, r.Status);
            Assert.Equal(start.AddSeconds(30), r.NextAttemptAtUtc);
            Assert.Equal(0, r.Attempts);
        });
        Assert.Contains("429", rows[0].LastError);

        h.Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.DrainAsync(dispatcher, Step);

        Assert.All(await h.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal(["first", "first", "second"], h.Connector.Calls.Select(c => c.Text).Order());
    }

    [Fact]
    public async Task A_503_is_retried_after_a_backoff_and_then_succeeds()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        await h.EnqueueAsync(h.ToMember(member, "kickoff"));
        var failedOnce = 0;
        h.Connector.Fail = _ => Interlocked.Exchange(ref failedOnce, 1) == 0
            ? new ConnectorException(HttpStatusCode.ServiceUnavailable, null, "busy", null)
            : null;
        var dispatcher = h.Dispatcher();
        var start = h.Now;

        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var row = Assert.Single(await h.RowsAsync());
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("503", row.LastError);
        // First backoff: between half and all of RetryBaseDelay (1 s here), jittered.
        Assert.InRange(row.NextAttemptAtUtc, start.AddMilliseconds(500), start.AddSeconds(1));

        await h.DrainAsync(dispatcher, Step);

        row = Assert.Single(await h.RowsAsync());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(2, h.Connector.Calls.Count);
    }

    [Fact]
    public async Task Gives_up_after_MaxAttempts_with_the_reason_recorded()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        await h.EnqueueAsync(h.ToMember(member, "kickoff"));
        h.Connector.Fail = _ => new ConnectorException(HttpStatusCode.BadGateway, null, "upstream down", null);
        using var failed = new CounterProbe("deliveries.failed");
        using var retried = new CounterProbe("deliveries.retried");

        await h.DrainAsync(h.Dispatcher(new() { ["Delivery:MaxAttempts"] = "3" }), TimeSpan.FromSeconds(10));

        var row = Assert.Single(await h.RowsAsync());
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Contains("Gave up after 3 attempts", row.LastError);
        Assert.Contains("502", row.LastError);
        Assert.Equal(3, h.Connector.Calls.Count);
        Assert.Equal(1, failed.Total);
        Assert.Equal(2, retried.Total);
    }

    [Fact]
    public async Task A_403_marks_the_member_unreachable_without_retrying()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        await h.EnqueueAsync(h.ToMember(member, "kickoff"));
        h.Connector.Fail = _ => new ConnectorException(HttpStatusCode.Forbidden, "ConversationBlockedByUser", "User blocked the conversation with the bot.", null);
        var dispatcher = h.Dispatcher();
        var when = h.Now;

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        h.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        var row = Assert.Single(await h.RowsAsync());
        Assert.Equal(OutboxStatus.Unreachable, row.Status);
        Assert.Contains("ConversationBlockedByUser", row.LastError);
        Assert.Equal(when, (await h.MemberAsync(member.Id)).UnreachableSinceUtc);
        Assert.Single(h.Connector.Calls);
    }

    [Fact]
    public async Task Another_4xx_fails_at_once_with_the_reason()
    {
        await using var h = new DeliveryHarness();
        await h.EnqueueAsync(h.ToConversation("19:general@thread.tacv2", "board"));
        h.Connector.Fail = _ => new ConnectorException(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", "too big", null);

        await h.DrainAsync(h.Dispatcher(), Step);

        var row = Assert.Single(await h.RowsAsync());
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("413 MessageSizeTooBig", row.LastError);
        Assert.Single(h.Connector.Calls);
    }

    [Fact]
    public async Task After_a_restart_pending_rows_are_sent_including_those_a_crashed_instance_had_claimed()
    {
        await using var h = new DeliveryHarness();
        var members = await h.AddMembersAsync(6, withConversation: true);
        await h.EnqueueAsync([.. members.Select(m => h.ToMember(m, $"kickoff:{m.Id}"))]);
        // An instance claimed half of them and died before sending.
        await using (var db = h.NewDb())
            Assert.Equal(3, (await db.ClaimDueAsync("crashed/1", h.Now, h.Now.AddMinutes(5), 3, CancellationToken.None)).Count);

        var restarted = h.Dispatcher();
        await restarted.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(3, h.Connector.Calls.Count);
        Assert.Equal(3, (await h.RowsAsync()).Count(r => r.Status == OutboxStatus.Pending && r.LockedBy == "crashed/1"));

        h.Time.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        await h.DrainAsync(restarted, Step);

        Assert.All(await h.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal(members.Select(m => $"kickoff:{m.Id}").Order(), h.Connector.Calls.Select(c => c.Text!).Order());
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_never_send_a_row_twice()
    {
        await using var h = new DeliveryHarness();
        var members = await h.AddMembersAsync(150, withConversation: true);
        await h.EnqueueAsync([.. members.Select(m => h.ToMember(m, $"kickoff:{m.Id}"))]);
        var settings = new Dictionary<string, string?> { ["Delivery:BatchSize"] = "7", ["Delivery:MaxRequestsPerSecond"] = "1000" };
        var first = h.Dispatcher(settings);
        var second = h.Dispatcher(settings);

        await Task.WhenAll(Task.Run(() => h.DrainAsync(first, Step)), Task.Run(() => h.DrainAsync(second, Step)));

        Assert.All(await h.RowsAsync(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        var sends = h.Connector.Calls.Select(c => c.Text!).ToList();
        Assert.Equal(members.Count, sends.Count);
        Assert.Equal(members.Count, sends.Distinct().Count());
    }

    [Fact]
    public async Task Sends_to_one_conversation_stay_within_the_per_conversation_limit()
    {
        await using var h = new DeliveryHarness();
        const string channel = "19:general@thread.tacv2";
        await h.EnqueueAsync([.. Enumerable.Range(0, 20).Select(i => h.ToConversation(channel, $"shout-out:{i}"))]);
        var dispatcher = h.Dispatcher(new() { ["Delivery:MaxRequestsPerSecond"] = "1000", ["Delivery:MaxRequestsPerSecondPerConversation"] = "7" });

        await h.DrainAsync(dispatcher, TimeSpan.FromMilliseconds(50));

        var times = h.Connector.Calls.Where(c => c.ConversationId == channel).Select(c => c.Timestamp).Order().ToList();
        Assert.Equal(20, times.Count);
        // Permits are spaced 1/7 s apart, so no window shorter than a second (0.9 s leaves room for scheduling
        // jitter between the limiter and the recorded call) may hold more than 7 sends.
        var window = Stopwatch.Frequency * 9 / 10;
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t < window).Count()).Max();
        Assert.InRange(busiest, 1, 7);
    }

    [Fact]
    public async Task The_running_dispatcher_wakes_on_the_signal_without_waiting_for_a_poll()
    {
        await using var h = new DeliveryHarness();
        var member = (await h.AddMembersAsync(1, withConversation: true)).Single();
        var instance = h.Instance();
        var dispatcher = instance.GetRequiredService<OutboxDispatcher>();
        var hosted = Assert.Single(instance.GetServices<IHostedService>());
        await hosted.StartAsync(CancellationToken.None);
        try
        {
            // Fake time never moves here, so a poll can never fire: only the signal can wake the loop.
            var look = await dispatcher.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(h.Time.GetUtcNow() + TimeSpan.FromSeconds(1), look); // parked until its next poll
            await h.EnqueueAsync(h.ToMember(member, "kickoff"));
            Assert.True(dispatcher.WhenIdleAsync().IsCompleted, "queued without a wake-up: nothing for it to know of");
            instance.GetRequiredService<OutboxSignal>().Wake();
            var woken = dispatcher.WhenIdleAsync();
            Assert.False(woken.IsCompleted, "woken but reported idle before looking");

            await woken.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("kickoff", Assert.Single(h.Connector.Calls).Text);
            Assert.Equal(OutboxStatus.Sent, Assert.Single(await h.RowsAsync()).Status);
        }
        finally
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }
}
