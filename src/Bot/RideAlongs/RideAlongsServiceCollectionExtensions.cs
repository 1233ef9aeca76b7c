using IronArmy.Bot.Conversations;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Settings;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.RideAlongs;

public static class RideAlongsServiceCollectionExtensions
{
    /// <summary>陪访: the form and its buttons, the managers' commands, the follow-ups at kickoff time and the line in status.</summary>
    public static IServiceCollection AddRideAlongs(this IServiceCollection services)
    {
        services.AddScoped<RideAlongForms>();
        services.AddCommandHandler<RideAlongCommands>();
        services.AddCardAction<RideAlongSubmissions>();
        services.AddTeamDailyJob<RideAlongFollowUpJob>(RideAlongKeys.FollowUpRound, Ritual.Kickoff);
        services.AddScoped<IStatusFacts, RideAlongStatus>();
        return services;
    }
}
