using IronArmy.Bot.Conversations;
using IronArmy.Bot.EveningShare;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Settings;
using IronArmy.Core.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IronArmy.Bot.Tiers;

public static class TiersServiceCollectionExtensions
{
    /// <summary>271: the tiers card and its settings, the digest's "help first / ask to share" lines, and the month's 271 to the managers.</summary>
    public static IServiceCollection AddTiers(this IServiceCollection services)
    {
        services.TryAddScoped<TeamTiers>();
        services.AddCommandHandler<TierCommands>();
        services.AddScoped<IStatusFacts, TierStatus>();
        services.AddScoped<IDigestSection, TierDigestSection>();
        // The month's 271 goes with the digest of its last work day, when that day's recaps have closed.
        services.AddTeamDailyJob<TierMonthJob>(TierKeys.MonthJob, Ritual.Digest);
        return services;
    }
}
