using IronArmy.Bot.Scheduling;

namespace IronArmy.Bot.Leaderboards;

public static class LeaderboardsServiceCollectionExtensions
{
    /// <summary>标杆: boards (asked for, posted, scheduled), shout-outs (found on recap save, posted batched) and their commands.</summary>
    public static IServiceCollection AddLeaderboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TeamBoards>();
        services.AddScoped<BoardPosts>();
        services.AddScoped<LeaderboardCommands>();
        services.AddScoped<ShoutOutFinder>();
        services.AddSingleton<ShoutOutSchedule>();
        services.AddScoped<BoardRoundJob>();
        services.AddScoped<BoardPostJob>();
        services.AddScoped<ShoutOutPostJob>();
        if (configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>()?.Enabled ?? true)
            services.AddHostedService<ShoutOutRecovery>();
        return services;
    }
}
