namespace IronArmy.Bot.Kickoff;

public static class KickoffServiceCollectionExtensions
{
    /// <summary>The morning kickoff: its cards, submissions, commands, the round and its follow-up jobs.</summary>
    public static IServiceCollection AddKickoff(this IServiceCollection services)
    {
        services.AddScoped<KickoffCards>();
        services.AddScoped<KickoffSubmissions>();
        services.AddScoped<KickoffCommands>();
        services.AddScoped<KickoffRound>();
        services.AddSingleton<KickoffFollowUps>();
        services.AddScoped<KickoffNudgeJob>();
        services.AddScoped<KickoffManagersJob>();
        services.AddScoped<MorningBoardJob>();
        return services;
    }
}
