namespace IronArmy.Bot.Protocol;

/// <summary>
/// The Bot Connector REST API v3 (protocol.md §5). Every call is addressed by the serviceUrl
/// of the conversation; implementations refuse serviceUrls that never arrived in a validated activity.
/// Non-success answers surface as <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct);

    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken ct);

    Task<ConversationList> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken ct);
}
