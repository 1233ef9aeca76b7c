using System.Collections.Concurrent;
using System.Text.Json;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Tests.Conversations;

/// <summary>An in-process Bot Connector: records every call and serves a configurable team roster.</summary>
public sealed class FakeConnector : IConnectorClient
{
    public sealed record Sent(string ServiceUrl, string ConversationId, Activity Activity, string? UpdatedActivityId = null);

    public sealed record Created(string ServiceUrl, ConversationParameters Parameters, string ConversationId);

    private int _ids;

    public ConcurrentQueue<Sent> Messages { get; } = new();

    public ConcurrentQueue<Created> Conversations { get; } = new();

    public ConcurrentQueue<string> RosterReads { get; } = new();

    /// <summary>The roster served by pagedmembers, two per page so paging is exercised.</summary>
    public List<TeamsChannelAccount> Roster { get; } = [];

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        Messages.Enqueue(new Sent(serviceUrl, conversationId, Clone(activity)));
        return Task.FromResult(new ResourceResponse { Id = "act-" + Interlocked.Increment(ref _ids) });
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        Messages.Enqueue(new Sent(serviceUrl, conversationId, Clone(activity), activityId));
        return Task.FromResult(new ResourceResponse { Id = activityId });
    }

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) => Task.CompletedTask;

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        var id = "a:" + parameters.Members![0].Id;
        Conversations.Enqueue(new Created(serviceUrl, parameters, id));
        return Task.FromResult(new ConversationResourceResponse { Id = id });
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken ct)
    {
        RosterReads.Enqueue(conversationId);
        var start = continuationToken is null ? 0 : int.Parse(continuationToken, System.Globalization.CultureInfo.InvariantCulture);
        var page = Roster.Skip(start).Take(2).ToList();
        var next = start + 2 < Roster.Count ? (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new PagedMembersResult { Members = page, ContinuationToken = next });
    }

    public Task<ConversationList> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken ct) =>
        Task.FromResult(new ConversationList());

    public IReadOnlyList<Sent> To(string conversationId) => Messages.Where(m => m.ConversationId == conversationId).ToList();

    private static Activity Clone(Activity a) => JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(a))!;
}
