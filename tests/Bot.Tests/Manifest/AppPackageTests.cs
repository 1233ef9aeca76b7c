using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace IronArmy.Bot.Tests.Manifest;

/// <summary>Runs manifest/package.sh for real and inspects the zip it produces.</summary>
public sealed class AppPackageTests : IDisposable
{
    private const string AppId = "3f2c1b9e-8d7a-4c6b-9e5f-0a1b2c3d4e5f";
    private readonly string _work = Directory.CreateTempSubdirectory("ironarmy-package-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Package_holds_the_manifest_icons_and_localization_at_the_zip_root()
    {
        var zip = Path.Combine(_work, "IronArmy.zip");

        var (exit, output) = RunPackageScript("--app-id", AppId, "--out", zip);

        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png", "zh-cn.json"], archive.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task Packaged_manifest_carries_the_app_id_and_still_validates()
    {
        var zip = Path.Combine(_work, "IronArmy.zip");

        var (exit, output) = RunPackageScript("--app-id", AppId, "--website", "https://sales.contoso.com", "--out", zip);

        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var json = await reader.ReadToEndAsync();
        var manifest = JsonNode.Parse(json)!;
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("https://sales.contoso.com/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.DoesNotContain(AppPackageSource.PlaceholderAppId, json, StringComparison.Ordinal);
        Assert.Empty((await TeamsManifestSchema.LoadAsync()).Validate(json));
    }

    [Fact]
    public void Packaged_icons_are_the_committed_files()
    {
        var zip = Path.Combine(_work, "IronArmy.zip");

        var (exit, output) = RunPackageScript("--app-id", AppId, "--out", zip);

        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var packaged = new MemoryStream();
            archive.GetEntry(icon)!.Open().CopyTo(packaged);
            Assert.Equal(File.ReadAllBytes(AppPackageSource.File(icon)), packaged.ToArray());
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData(AppPackageSource.PlaceholderAppId)]
    public void Package_script_refuses_an_app_id_that_is_not_a_real_guid(string appId)
    {
        var zip = Path.Combine(_work, "IronArmy.zip");

        var (exit, _) = RunPackageScript("--app-id", appId, "--out", zip);

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void Package_script_takes_the_app_id_from_MicrosoftAppId()
    {
        var zip = Path.Combine(_work, "IronArmy.zip");

        var (exit, output) = RunPackageScript(new Dictionary<string, string> { ["MicrosoftAppId"] = AppId }, "--out", zip);

        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        Assert.Equal(AppId, (string?)JsonNode.Parse(reader.ReadToEnd())!["id"]);
    }

    private static (int Exit, string Output) RunPackageScript(params string[] args) =>
        RunPackageScript(new Dictionary<string, string>(), args);

    private static (int Exit, string Output) RunPackageScript(IDictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(AppPackageSource.File("package.sh"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("MicrosoftAppId");
        foreach (var (key, value) in env)
            start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("package.sh did not finish within 60 s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
