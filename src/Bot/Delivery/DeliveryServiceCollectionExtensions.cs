using IronArmy.Bot.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IronArmy.Bot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The outbox dispatcher and what it needs: <see cref="DeliveryOptions"/> from the <c>Delivery</c> section
    /// (validated at start-up), <see cref="OutboxSignal"/> to wake it after an enqueue, and the hosted
    /// <see cref="OutboxDispatcher"/>. Expects <see cref="IConnectorClient"/> and
    /// <c>IDbContextFactory&lt;IronArmyDbContext&gt;</c> to be registered by the host.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.RetryBaseDelay <= o.RetryMaxDelay, "Delivery:RetryBaseDelay must not exceed Delivery:RetryMaxDelay.")
            .Validate(o => o.SendTimeout < o.LeaseDuration, "Delivery:SendTimeout must be shorter than Delivery:LeaseDuration.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<Outbox>();
        services.TryAddSingleton<ServiceUrlTrust>();
        services.AddSingleton<IOutboxWake>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<DeliveryTelemetry>();
        services.AddSingleton<DeliveryThrottle>();
        services.AddSingleton<PersonalConversations>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
