using IronArmy.Bot.Conversations;

namespace IronArmy.Bot.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>The team's settings commands and its status card.</summary>
    public static IServiceCollection AddSettings(this IServiceCollection services) => services.AddCommandHandler<SettingsCommands>();
}
