using IronArmy.Bot.Conversations;

namespace IronArmy.Bot.Onboarding;

public static class OnboardingServiceCollectionExtensions
{
    /// <summary>Installs and uninstalls, the roster (synced in a persistent job) and the welcomes.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<IConversationEvents, InstallEvents>();
        services.AddScoped<TeamInstallation>();
        services.AddScoped<Roster>();
        services.AddScoped<RosterChanges>();
        services.AddScoped<Welcomes>();
        services.AddSingleton<RosterSync>();
        services.AddScoped<RosterSyncJob>();
        return services;
    }
}
