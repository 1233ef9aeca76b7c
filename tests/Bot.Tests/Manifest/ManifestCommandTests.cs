using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IronArmy.Bot.Tests.Manifest;

/// <summary>
/// Teams' documented command-list limits (title ≤ 32, description ≤ 128, ≤ 10 per list) are tighter
/// than the JSON schema's, so they are checked here; likewise the localization file's rules.
/// </summary>
public sealed partial class ManifestCommandTests
{
    // The menu has room for 10 of the bot's commands: each scope leads with what its people use every day.
    private static readonly string[] PersonalMenu =
        ["help", "plan", "recap", "board", "leave", "status", "digest now", "kickoff now", "share now", "set kickoff"];

    private static readonly string[] TeamMenu =
        ["help", "board", "board now", "status", "kickoff now", "share now", "digest now", "set timezone", "set workdays", "add manager"];

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(AppPackageSource.File("manifest.json")))!;

    private static JsonArray CommandLists() => Manifest()["bots"]![0]!["commandLists"]!.AsArray();

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    public void Each_scope_lists_its_daily_commands_and_the_bot_understands_every_one(string scope)
    {
        var list = CommandLists().Single(l => l!["scopes"]!.AsArray().Any(s => (string?)s == scope))!;

        var titles = list["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();

        Assert.Equal(scope == "personal" ? PersonalMenu : TeamMenu, titles);
        // A menu entry sends its title (set commands are completed by the person before sending).
        Assert.All(titles.Where(t => !t.StartsWith("set ", StringComparison.Ordinal) && t != "add manager"),
            t => Assert.IsNotType<IronArmy.Core.Commands.UnknownCommand>(IronArmy.Core.Commands.CommandParser.Parse(t)));
    }

    [Fact]
    public void Command_titles_and_descriptions_fit_Teams_limits()
    {
        foreach (var list in CommandLists())
        {
            var commands = list!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c =>
            {
                var title = (string)c!["title"]!;
                var description = (string)c["description"]!;
                Assert.InRange(title.Length, 1, 32);
                Assert.InRange(description.Length, 1, 128);
            });
        }
    }

    [Fact]
    public void Chinese_localization_file_is_declared_and_present()
    {
        var languages = Manifest()["localizationInfo"]!["additionalLanguages"]!.AsArray();

        var zh = Assert.Single(languages, l => (string?)l!["languageTag"] == "zh-cn")!;
        Assert.True(File.Exists(AppPackageSource.File((string)zh["file"]!)));
        Assert.Equal("en-us", (string?)Manifest()["localizationInfo"]!["defaultLanguageTag"]);
    }

    [Fact]
    public void Chinese_localization_uses_only_keys_Teams_accepts_within_their_limits()
    {
        var zh = JsonNode.Parse(File.ReadAllText(AppPackageSource.File("zh-cn.json")))!.AsObject();

        Assert.All(new[] { "name.short", "description.short", "description.full" }, key => Assert.True(zh.ContainsKey(key), $"missing {key}"));
        foreach (var (key, value) in zh)
        {
            var limit = LocalizationLimit(key);
            Assert.True(limit is not null, $"'{key}' is not a key the Teams localization schema allows");
            Assert.InRange(((string)value!).Length, 1, limit!.Value);
        }
    }

    [Fact]
    public void Chinese_command_keys_point_at_commands_that_exist()
    {
        var zh = JsonNode.Parse(File.ReadAllText(AppPackageSource.File("zh-cn.json")))!.AsObject();
        var lists = CommandLists();

        foreach (var key in zh.Select(p => p.Key).Where(k => k.StartsWith("bots[", StringComparison.Ordinal)))
        {
            var m = CommandKey().Match(key);
            Assert.True(m.Success, key);
            var (list, command) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
            Assert.True(list < lists.Count && command < lists[list]!["commands"]!.AsArray().Count, $"{key} has no command in manifest.json");
        }
    }

    [Fact]
    public void Each_Chinese_title_is_a_word_the_bot_reads_as_the_same_command()
    {
        var zh = JsonNode.Parse(File.ReadAllText(AppPackageSource.File("zh-cn.json")))!.AsObject();
        var lists = CommandLists();
        var titles = zh.Where(p => p.Key.EndsWith("].title", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(titles);
        foreach (var (key, value) in titles)
        {
            var m = CommandKey().Match(key);
            var english = (string)lists[int.Parse(m.Groups[1].Value)]!["commands"]![int.Parse(m.Groups[2].Value)]!["title"]!;
            var chinese = IronArmy.Core.Commands.CommandParser.Parse((string)value!);
            Assert.IsNotType<IronArmy.Core.Commands.UnknownCommand>(chinese);
            Assert.Equal(IronArmy.Core.Commands.CommandParser.Parse(english).GetType(), chinese.GetType());
        }
    }

    [Fact]
    public void Chinese_help_command_is_the_word_the_bot_understands()
    {
        var zh = JsonNode.Parse(File.ReadAllText(AppPackageSource.File("zh-cn.json")))!.AsObject();
        var lists = CommandLists();

        for (var i = 0; i < lists.Count; i++)
        {
            var helpIndex = lists[i]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList().IndexOf("help");
            Assert.Equal("帮助", (string?)zh[$"bots[0].commandLists[{i}].commands[{helpIndex}].title"]);
        }
    }

    // Limits from MicrosoftTeams.Localization.schema.json (the keys a bot-only app can use).
    private static int? LocalizationLimit(string key) => key switch
    {
        "$schema" => 2048,
        "name.short" => 30, // the manifest's own limit, stricter than the localization schema's 300
        "name.full" => 100,
        "description.short" => 80,
        "description.full" => 4000,
        _ when CommandKey().Match(key) is { Success: true } m => m.Groups[3].Value == "title" ? 32 : 128,
        _ => null,
    };

    [GeneratedRegex(@"^bots\[0\]\.commandLists\[([0-2])\]\.commands\[([0-9])\]\.(title|description)$")]
    private static partial Regex CommandKey();
}
