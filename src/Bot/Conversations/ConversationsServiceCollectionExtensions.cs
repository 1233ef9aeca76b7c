using IronArmy.Bot.Conversations.Commands;
using IronArmy.Bot.Conversations.Installation;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The product's answer to activities: install and roster events, commands, replies.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddScoped<IActivityHandler, ActivityRouter>();
        services.AddScoped<ServiceUrlRefresh>();
        services.AddScoped<ConversationReplies>();
        services.AddScoped<Roster>();
        services.AddScoped<RosterChanges>();
        services.AddScoped<Welcomes>();
        services.AddScoped<TeamInstallation>();
        services.AddSingleton<RosterSync>();
        services.AddScoped<RosterSyncJob>();
        services.AddScoped<SpeakerLookup>();
        services.AddScoped<CommandHandler>();
        services.AddScoped<CardActions>();

        return services;
    }
}
