using IronArmy.Core.Teams;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Conversations;
namespace IronArmy.Bot.EveningShare;

public static class EveningShareServiceCollectionExtensions
{
    /// <summary>The evening share: the recap cards and what their buttons do, its commands, the ritual and its follow-up jobs, and the manager's digest (a ritual too).</summary>
    public static IServiceCollection AddEveningShare(this IServiceCollection services)
    {
        services.AddScoped<RecapCards>();
        services.AddScoped<LateRecaps>();
        services.AddCardAction<RecapSubmissions>();
        services.AddCommandHandler<EveningShareCommands>();
        services.AddKeyedScoped<IRitual, EveningShareRitual>(Ritual.EveningShare);
        services.AddKeyedScoped<IRitual, DigestRitual>(Ritual.Digest);
        services.AddSingleton<EveningShareFollowUps>();
        services.AddScoped<RecapNudgeJob>();
        services.AddScoped<RecapManagersJob>();
        services.AddScoped<SharedWinsJob>();
        services.AddScoped<EveningDigests>();
        services.AddCommandHandler<DigestNow>();
        return services;
    }
}
