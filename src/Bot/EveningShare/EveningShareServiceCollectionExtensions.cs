namespace IronArmy.Bot.EveningShare;

public static class EveningShareServiceCollectionExtensions
{
    /// <summary>The evening share: the recap cards and what their buttons do, its commands, the round and its follow-up jobs, and the manager's digest.</summary>
    public static IServiceCollection AddEveningShare(this IServiceCollection services)
    {
        services.AddScoped<RecapCards>();
        services.AddScoped<RecapSubmissions>();
        services.AddScoped<EveningShareCommands>();
        services.AddScoped<EveningShareRound>();
        services.AddSingleton<EveningShareFollowUps>();
        services.AddScoped<RecapNudgeJob>();
        services.AddScoped<RecapManagersJob>();
        services.AddScoped<SharedWinsJob>();
        services.AddScoped<EveningDigests>();
        services.AddScoped<DigestNow>();
        return services;
    }
}
