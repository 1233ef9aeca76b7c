using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// The product's answer to activities: the router, who is speaking, replies, and the routes that
    /// features fill with their commands and card actions (<see cref="RoutingServiceCollectionExtensions"/>).
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddScoped<IActivityHandler, ActivityRouter>();
        services.AddScoped<ServiceUrlRefresh>();
        services.AddScoped<ConversationReplies>();
        services.AddScoped<SpeakerLookup>();
        services.AddScoped<CommandRouter>();
        services.AddScoped<CardActions>();
        return services;
    }
}
