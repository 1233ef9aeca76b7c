using IronArmy.Bot.EveningShare;
using IronArmy.Core.Teams;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Scheduling;

namespace IronArmy.Bot.Leaderboards;

public static class LeaderboardsServiceCollectionExtensions
{
    /// <summary>标杆: boards (asked for, posted, scheduled), shout-outs (found on recap save, posted batched) and their commands.</summary>
    public static IServiceCollection AddLeaderboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TeamBoards>();
        services.AddScoped<BoardPosts>();
        services.AddCommandHandler<LeaderboardCommands>();
        services.AddScoped<IRecapSaved, ShoutOutFinder>();
        services.AddSingleton<ShoutOutSchedule>();
        // The boards ride with the digest, when the day's recaps close: their own trigger at the same time.
        services.AddTeamDailyJob<BoardRoundJob>(LeaderboardKeys.BoardRound, Ritual.Digest);
        services.AddScoped<BoardPostJob>();
        services.AddScoped<ShoutOutPostJob>();
        if (configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>()?.Enabled ?? true)
            services.AddHostedService<ShoutOutRecovery>();
        return services;
    }
}
