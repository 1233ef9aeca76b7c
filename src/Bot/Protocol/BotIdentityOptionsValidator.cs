using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Protocol;

/// <summary>
/// Refuses identity combinations that would fail later at the first token request, and refuses
/// anonymous mode outside Development (protocol.md §3: validation must not be switchable off in production).
/// </summary>
public sealed class BotIdentityOptionsValidator(string environmentName) : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        var failures = new List<string>();
        CheckMetadataUrl(options.ToBotFromChannelOpenIdMetadataUrl, failures);

        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        if (options.IsAnonymous)
        {
            if (!string.Equals(environmentName, "Development", StringComparison.OrdinalIgnoreCase))
                failures.Add($"MicrosoftAppId is empty in the '{environmentName}' environment. Anonymous mode (no inbound token validation, no outbound token) " +
                             "is allowed only in Development; set MicrosoftAppId (with MicrosoftAppPassword/MicrosoftAppTenantId as MicrosoftAppType requires).");
            if (options.MicrosoftAppType != BotAppType.MultiTenant)
                failures.Add($"MicrosoftAppType={options.MicrosoftAppType} requires MicrosoftAppId.");
            if (hasPassword)
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty.");
            return Result(failures);
        }

        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant:
                if (!hasTenant) failures.Add("MicrosoftAppType=SingleTenant requires MicrosoftAppTenantId.");
                if (!hasPassword) failures.Add("MicrosoftAppType=SingleTenant requires MicrosoftAppPassword.");
                break;
            case BotAppType.UserAssignedMSI:
                if (!hasTenant) failures.Add("MicrosoftAppType=UserAssignedMSI requires MicrosoftAppTenantId.");
                if (hasPassword) failures.Add("MicrosoftAppType=UserAssignedMSI must not have a MicrosoftAppPassword (the managed identity has no secret).");
                break;
            default:
                if (!hasPassword) failures.Add("MicrosoftAppType=MultiTenant requires MicrosoftAppPassword.");
                break;
        }
        return Result(failures);
    }

    private static void CheckMetadataUrl(string url, List<string> failures)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            failures.Add($"ToBotFromChannelOpenIdMetadataUrl '{url}' is not an absolute http(s) URL.");
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            failures.Add($"ToBotFromChannelOpenIdMetadataUrl '{url}' must use https (plain http is accepted only on loopback, for tests).");
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
