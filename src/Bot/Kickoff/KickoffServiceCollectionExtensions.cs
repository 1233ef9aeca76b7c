using IronArmy.Core.Teams;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Conversations;
namespace IronArmy.Bot.Kickoff;

public static class KickoffServiceCollectionExtensions
{
    /// <summary>The morning kickoff: its cards, submissions, commands, the ritual and its follow-up jobs.</summary>
    public static IServiceCollection AddKickoff(this IServiceCollection services)
    {
        services.AddScoped<KickoffCards>();
        services.AddCardAction<KickoffSubmissions>();
        services.AddCommandHandler<KickoffCommands>();
        services.AddKeyedScoped<IRitual, KickoffRitual>(Ritual.Kickoff);
        services.AddSingleton<KickoffFollowUps>();
        services.AddScoped<KickoffNudgeJob>();
        services.AddScoped<KickoffManagersJob>();
        services.AddScoped<MorningBoardJob>();
        return services;
    }
}
