using System.Runtime.CompilerServices;
using System.Text.Json;

namespace IronArmy.Bot.Tests.Protocol;

/// <summary>
/// The test process has its own runtimeconfig, so it takes the IdentityModel switch the bot's runtimeconfig
/// sets (see IronArmy.Bot.csproj) from the bot's runtimeconfig itself, before any token handler caches it.
/// </summary>
internal static class IdentityModelSwitches
{
    public const string UpdateConfigAsBlocking = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static bool BotRuntimeConfigEnables(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "IronArmy.Bot.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        return config.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.True;
    }

#pragma warning disable CA2255 // a test assembly, not a library: this must run before any test creates a token handler
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void ApplyBotRuntimeConfig() =>
        AppContext.SetSwitch(UpdateConfigAsBlocking, BotRuntimeConfigEnables(UpdateConfigAsBlocking));
}
