using System.Reflection;

namespace IronArmy.EndToEnd.Tests;

/// <summary>Where the test finds the bot's build output, the Playground and the shared tools.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string EndToEndFolder => Path.Combine(Root, "tests", "EndToEnd.Tests");

    public static string PlaygroundCli =>
        Path.Combine(EndToEndFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static string InstallPlaygroundHint =>
        $"Install the Microsoft 365 Agents Playground first, from the repository root ({Root}): " +
        "npm ci --prefix tests/EndToEnd.Tests (or run .ci/run, which does it).";

    /// <summary>Makes the Playground listen on 127.0.0.1 only (it has no bind-address option).</summary>
    public static string ForceLoopbackScript =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools", "force-loopback.js"));

    public static string BotAssembly =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "IronArmyBotAssembly").Value!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IronArmy.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"IronArmy.sln not found above {AppContext.BaseDirectory}");
    }
}
