using System.Diagnostics;
using IronArmy.Bot.Protocol;
using Activity = IronArmy.Bot.Protocol.Activity;

namespace IronArmy.Bot.Tests.Delivery;

/// <summary>An in-memory Bot Connector that records every call (with a real monotonic timestamp) and can be told to fail some.</summary>
internal sealed class FakeConnector : IConnectorClient
{
    private readonly List<ConnectorCall> _calls = [];
    private int _nextId;

    /// <summary>Decides per call whether it fails; null lets it succeed. Called under no lock, possibly in parallel.</summary>
    public Func<ConnectorCall, Exception?> Fail { get; set; } = _ => null;

    public IReadOnlyList<ConnectorCall> Calls
    {
        get { lock (_calls) return _calls.ToList(); }
    }

    /// <summary>Awaited before a send is recorded, given the activity's text: a slow connector for one message.</summary>
    public Func<string?, Task> BeforeSend { get; set; } = _ => Task.CompletedTask;

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        await BeforeSend(activity.Text);
        return new ResourceResponse { Id = Record("send", conversationId, activity.Text, null) };
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        Record("update", conversationId, activity.Text, null);
        return Task.FromResult(new ResourceResponse { Id = activityId });
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        var userId = parameters.Members!.Single().Id!;
        Record("create", null, null, parameters);
        return Task.FromResult(new ConversationResourceResponse { Id = "a:" + userId });
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<ConversationList> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken ct) =>
        throw new NotSupportedException();

    private string Record(string kind, string? conversationId, string? text, ConversationParameters? parameters)
    {
        var call = new ConnectorCall(kind, conversationId, text, parameters, Stopwatch.GetTimestamp());
        lock (_calls) _calls.Add(call);
        if (Fail(call) is { } failure) throw failure;
        return "activity-" + Interlocked.Increment(ref _nextId);
    }
}

internal sealed record ConnectorCall(string Kind, string? ConversationId, string? Text, ConversationParameters? Parameters, long Timestamp);
