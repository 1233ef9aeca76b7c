namespace IronArmy.Bot.Tests.Manifest;

/// <summary>Where the Teams app package source and the shared schemas sit, found from the test's bin folder.</summary>
internal static class AppPackageSource
{
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "manifest");

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>The shared schemas live beside the repository (../shared/schemas), not inside it.</summary>
    public static string Schema(string name)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "schemas", name));
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"Schema {name} not found at {path}: the repository must sit next to the shared/ folder.", path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "IronArmy.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"IronArmy.sln not found above {AppContext.BaseDirectory}");
    }
}
