using IronArmy.Bot.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>The real host (Program) with the bot identity and metadata URL a test chooses and a recording handler.</summary>
public sealed class BotFactory(string environment, string appId, string metadataUrl, string appPassword = "") : WebApplicationFactory<Program>
{
    public RecordingActivityHandler Handler { get; } = new();

    public ServiceUrlTrust Trust => Services.GetRequiredService<ServiceUrlTrust>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting(nameof(BotIdentityOptions.MicrosoftAppId), appId);
        builder.UseSetting(nameof(BotIdentityOptions.MicrosoftAppPassword), appPassword);
        builder.UseSetting(nameof(BotIdentityOptions.ToBotFromChannelOpenIdMetadataUrl), metadataUrl);
        builder.ConfigureTestServices(services => services.AddSingleton<IActivityHandler>(Handler));
    }
}
