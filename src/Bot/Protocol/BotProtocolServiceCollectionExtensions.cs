using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IronArmy.Bot.Protocol;

public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>Connector calls are interactive or dispatcher-driven; a hung one must free its slot well before HttpClient's 100 s default.</summary>
    public static readonly TimeSpan ConnectorTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Registers the Bot Framework protocol: identity options (validated at start-up), inbound token
    /// validation, serviceUrl trust, the outbound token provider for MicrosoftAppType, and the connector client.
    /// Map the endpoint with <see cref="BotMessagesEndpoint.MapBotMessages"/>.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotIdentityOptions>>(new BotIdentityOptionsValidator(environment.EnvironmentName));
        services.AddHostedService<AnonymousModeWarning>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(sp =>
        {
            var url = sp.GetRequiredService<IOptions<BotIdentityOptions>>().Value.ToBotFromChannelOpenIdMetadataUrl;
            // Held for the app's life, so a handler that recycles connections itself rather than one from IHttpClientFactory.
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });
            var retriever = new HttpDocumentRetriever(http) { RequireHttps = !new Uri(url).IsLoopback };
            return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
        });
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<ServiceUrlTrust>();

        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IBotTokenProvider>(sp =>
        {
            var identity = sp.GetRequiredService<IOptions<BotIdentityOptions>>().Value;
            if (identity.IsAnonymous)
                return new AnonymousTokenProvider();
            return identity.MicrosoftAppType == BotAppType.UserAssignedMSI
                ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(sp)
                : ActivatorUtilities.CreateInstance<ClientSecretTokenProvider>(sp);
        });

        services.AddHttpClient<IConnectorClient, ConnectorClient>(http => http.Timeout = ConnectorTimeout);
        return services;
    }
}
