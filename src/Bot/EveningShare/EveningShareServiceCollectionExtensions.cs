namespace IronArmy.Bot.EveningShare;

public static class EveningShareServiceCollectionExtensions
{
    /// <summary>The evening share: the recap cards and what their buttons do.</summary>
    public static IServiceCollection AddEveningShare(this IServiceCollection services)
    {
        services.AddScoped<RecapCards>();
        services.AddScoped<RecapSubmissions>();
        return services;
    }
}
