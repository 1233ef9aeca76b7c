namespace IronArmy.Bot.Conversations;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>Registers a feature's command handler (scoped) and routes the commands it declares to it.</summary>
    public static IServiceCollection AddCommandHandler<T>(this IServiceCollection services)
        where T : class, ICommandHandler
    {
        services.AddScoped<T>();
        services.Configure<CommandRoutes>(routes => routes.Map(T.Commands, typeof(T)));
        return services;
    }

    /// <summary>Registers a feature's card action (scoped) and routes the verbs it declares to it.</summary>
    public static IServiceCollection AddCardAction<T>(this IServiceCollection services)
        where T : class, ICardAction
    {
        services.AddScoped<T>();
        services.Configure<CardActionRoutes>(routes => routes.Map(T.Verbs, typeof(T)));
        return services;
    }
}
