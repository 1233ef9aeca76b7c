using IronArmy.Bot.Conversations;

namespace IronArmy.Bot.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary><c>help</c>, and the answers to what the bot did not understand.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddCommandHandler<HelpCommands>();
}
