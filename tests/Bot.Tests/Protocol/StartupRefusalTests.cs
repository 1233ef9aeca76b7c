using IronArmy.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>The host refuses to start with an identity that would be unsafe or fail at the first token request.</summary>
public sealed class StartupRefusalTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Empty_app_id_outside_development_refuses_to_start(string environment)
    {
        using var bot = new BotFactory(environment, appId: "", metadataUrl: BotIdentityOptions.BotFrameworkOpenIdMetadataUrl);

        var refusal = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(refusal.GetBaseException());
        Assert.Contains("MicrosoftAppId is empty", validation.Message);
        Assert.Contains(environment, validation.Message);
    }

    [Fact]
    public void Empty_app_id_in_development_starts()
    {
        using var bot = new BotFactory("Development", appId: "", metadataUrl: BotIdentityOptions.BotFrameworkOpenIdMetadataUrl);

        using var client = bot.CreateClient();

        Assert.IsType<AnonymousTokenProvider>(bot.Services.GetService(typeof(IBotTokenProvider)));
    }

    private static ValidateOptionsResult Validate(BotIdentityOptions options, string environment = "Production") =>
        new BotIdentityOptionsValidator(environment).Validate(null, options);

    [Fact]
    public void Single_tenant_needs_id_tenant_and_password()
    {
        var missing = Validate(new() { MicrosoftAppId = "id", MicrosoftAppType = BotAppType.SingleTenant });
        Assert.True(missing.Failed);
        Assert.Contains("MicrosoftAppTenantId", missing.FailureMessage);
        Assert.Contains("MicrosoftAppPassword", missing.FailureMessage);

        Assert.True(Validate(new() { MicrosoftAppId = "id", MicrosoftAppType = BotAppType.SingleTenant, MicrosoftAppTenantId = "t", MicrosoftAppPassword = "p" }).Succeeded);
    }

    [Fact]
    public void Managed_identity_needs_id_and_tenant_and_forbids_a_password()
    {
        var withPassword = Validate(new() { MicrosoftAppId = "id", MicrosoftAppType = BotAppType.UserAssignedMSI, MicrosoftAppTenantId = "t", MicrosoftAppPassword = "p" });
        Assert.True(withPassword.Failed);
        Assert.Contains("must not have a MicrosoftAppPassword", withPassword.FailureMessage);

        Assert.True(Validate(new() { MicrosoftAppId = "id", MicrosoftAppType = BotAppType.UserAssignedMSI }).Failed);
        Assert.True(Validate(new() { MicrosoftAppId = "id", MicrosoftAppType = BotAppType.UserAssignedMSI, MicrosoftAppTenantId = "t" }).Succeeded);
    }

    [Fact]
    public void Multi_tenant_needs_a_password()
    {
        Assert.True(Validate(new() { MicrosoftAppId = "id" }).Failed);
        Assert.True(Validate(new() { MicrosoftAppId = "id", MicrosoftAppPassword = "p" }).Succeeded);
    }

    [Theory]
    [InlineData("http://login.example.com/v1/.well-known/openidconfiguration")]
    [InlineData("not a url")]
    public void Metadata_url_must_be_https_except_on_loopback(string url)
    {
        Assert.True(Validate(new() { MicrosoftAppId = "id", MicrosoftAppPassword = "p", ToBotFromChannelOpenIdMetadataUrl = url }).Failed);
        Assert.True(Validate(new() { MicrosoftAppId = "id", MicrosoftAppPassword = "p", ToBotFromChannelOpenIdMetadataUrl = "http://127.0.0.1:5000/keys" }).Succeeded);
    }

    [Fact]
    public void Anonymous_mode_cannot_be_combined_with_a_password_or_a_non_default_app_type()
    {
        Assert.True(Validate(new() { MicrosoftAppPassword = "p" }, "Development").Failed);
        Assert.True(Validate(new() { MicrosoftAppType = BotAppType.UserAssignedMSI }, "Development").Failed);
        Assert.True(Validate(new(), "Development").Succeeded);
    }
}
