using IronArmy.Bot.Conversations;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Settings;
using IronArmy.Bot.Tiers;
using IronArmy.Core.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IronArmy.Bot.RideAlongs;

public static class RideAlongsServiceCollectionExtensions
{
    /// <summary>陪访: the form and its buttons, the managers' commands, the follow-ups at kickoff time, the line in status and the digest's reps to ride along with.</summary>
    public static IServiceCollection AddRideAlongs(this IServiceCollection services)
    {
        services.AddScoped<RideAlongForms>();
        services.AddCommandHandler<RideAlongCommands>();
        services.AddCardAction<RideAlongSubmissions>();
        services.AddTeamDailyJob<RideAlongFollowUpJob>(RideAlongKeys.FollowUpRound, Ritual.Kickoff);
        services.AddScoped<IStatusFacts, RideAlongStatus>();
        // Its digest lines read the 271 (tier 1 and the lower 7), so the ranking comes with it.
        services.TryAddScoped<TeamTiers>();
        services.AddScoped<IDigestSection, RideAlongDigestSection>();
        return services;
    }
}
