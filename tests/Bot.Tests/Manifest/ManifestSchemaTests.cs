using System.Text.Json.Nodes;

namespace IronArmy.Bot.Tests.Manifest;

public sealed class ManifestSchemaTests
{
    private static JsonObject Manifest() =>
        JsonNode.Parse(File.ReadAllText(AppPackageSource.File("manifest.json")))!.AsObject();

    [Fact]
    public async Task Committed_manifest_is_valid_against_the_Teams_1_29_schema()
    {
        var schema = await TeamsManifestSchema.LoadAsync();

        var errors = schema.Validate(File.ReadAllText(AppPackageSource.File("manifest.json")));

        Assert.Empty(errors);
    }

    [Fact]
    public void Manifest_declares_the_schema_version_it_is_validated_against()
    {
        var manifest = Manifest();

        Assert.Equal("1.29", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    [Fact]
    public void App_and_bot_ids_are_the_placeholder_the_package_script_replaces()
    {
        var manifest = Manifest();

        Assert.Equal(AppPackageSource.PlaceholderAppId, (string?)manifest["id"]);
        Assert.Equal(AppPackageSource.PlaceholderAppId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Bot_is_installable_in_personal_and_team_scope_without_files()
    {
        var bot = Manifest()["bots"]![0]!;

        Assert.Equal(["personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!).Order());
        Assert.False((bool)bot["supportsFiles"]!);
    }

    public static TheoryData<string, string, string> BrokenManifests => new()
    {
        // mutation (JSON path => new raw JSON), and the error path expected in the report
        { "manifestVersion", "\"1.28\"", "manifestVersion" },
        { "bots.0.botId", "\"not-a-guid\"", "bots[0].botId" },
        { "bots.0.scopes", "[\"personal\", \"everyone\"]", "bots[0].scopes[1]" },
        { "description.short", "\"" + new string('x', 81) + "\"", "description.short" },
        { "bots.0.commandLists.0.commands.0.title", "\"" + new string('x', 129) + "\"", "bots[0].commandLists[0].commands[0].title" },
        { "developer.websiteUrl", "\"ftp://example.com\"", "developer.websiteUrl" },
        { "icons", "{\"color\": \"color.png\"}", "icons.outline" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public async Task A_broken_copy_is_rejected_with_the_offending_path(string jsonPath, string rawValue, string expectedErrorPath)
    {
        var schema = await TeamsManifestSchema.LoadAsync();
        var manifest = Manifest();
        Set(manifest, jsonPath, JsonNode.Parse(rawValue));

        var errors = schema.Validate(manifest.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith(expectedErrorPath + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_top_level_property_is_rejected()
    {
        var schema = await TeamsManifestSchema.LoadAsync();
        var manifest = Manifest();
        manifest["botEndpoint"] = "https://example.com/api/messages";

        var errors = schema.Validate(manifest.ToJsonString());

        Assert.Contains(errors, e => e.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    private static void Set(JsonObject root, string dottedPath, JsonNode? value)
    {
        var parts = dottedPath.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1])
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        var last = parts[^1];
        if (int.TryParse(last, out var index))
            node[index] = value;
        else
            node[last] = value;
    }
}
