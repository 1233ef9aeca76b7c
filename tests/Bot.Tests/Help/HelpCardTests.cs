using System.Text.Json;
using System.Text.RegularExpressions;
using IronArmy.Bot.Cards;
using IronArmy.Bot.Help;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using static IronArmy.Bot.Tests.Kickoff.KickoffSamples;

namespace IronArmy.Bot.Tests.Help;

public partial class HelpCardTests
{
    private static JsonElement Help(Texts t, MemberRole role, bool inChannel = false) =>
        AssertValidCard(HelpCard.Build(t, role, TeamSchedule.Default, inChannel), $"Help_{role}_{t.Language}");

    /// <summary>A command button's title and the words it says when pressed.</summary>
    internal static List<(string Title, string Says)> Buttons(JsonElement card) => Objects(card)
        .Where(o => o.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute"
            && o.GetProperty("verb").GetString() == CommandButton.Verb)
        .Select(o => (o.GetProperty("title").GetString()!, CommandButton.WordsOf(o.GetProperty("data"))!))
        .ToList();

    [Fact]
    public void A_rep_gets_buttons_for_the_day_first_and_the_commands_of_a_rep()
    {
        var card = Help(Texts.English, MemberRole.Rep);

        Assert.Equal([("Plan today", "plan"), ("Recap", "recap"), ("Board", "board")], Buttons(card));
        var words = Words(card);
        Assert.Contains("plan · recap · leave · leave 2026-12-01..2026-12-03 · back", words);
        Assert.DoesNotContain(words, w => w.Contains("set kickoff", StringComparison.Ordinal));
        Assert.DoesNotContain("Managers can also type", words);
        // The buttons come before the list of commands.
        var body = card.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.True(body.IndexOf("ActionSet") < body.IndexOf("RichTextBlock"));
    }

    [Fact]
    public void A_manager_also_gets_the_settings_button_and_the_managers_commands_in_chinese()
    {
        var card = Help(Texts.Chinese, MemberRole.Manager);

        Assert.Equal([("早启动", "早启动"), ("晚分享", "晚分享"), ("排行榜", "排行榜"), ("团队设置", "状态")], Buttons(card));
        var words = string.Join("\n", Words(card));
        Assert.Contains("主管还可以输入", words);
        Assert.Contains("设置早启动 07:40", words);
        Assert.Contains("添加经理 @姓名", words);
    }

    public static TheoryData<string, MemberRole> Everyone() => new()
    {
        { "en-US", MemberRole.Rep }, { "en-US", MemberRole.Manager }, { "zh-CN", MemberRole.Rep }, { "zh-CN", MemberRole.Manager },
    };

    [Theory]
    [MemberData(nameof(Everyone))]
    public void Every_button_says_the_command_it_is_named_for(string locale, MemberRole role)
    {
        var says = Buttons(Help(Texts.For(locale), role)).Select(b => CommandParser.Parse(b.Says)).ToList();

        Assert.IsType<OpenKickoffCommand>(says[0]);
        Assert.IsType<OpenRecapCommand>(says[1]);
        Assert.Equal(new ShowBoardCommand(BoardPeriodKind.Day), says[2]);
        if (role == MemberRole.Manager) Assert.IsType<StatusCommand>(Assert.Single(says.Skip(3)));
        else Assert.Equal(3, says.Count);
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public void Every_example_on_the_card_is_a_command_the_bot_understands(string locale, MemberRole role)
    {
        var card = Help(Texts.For(locale), role);
        // Each group is a bold name, then its commands.
        var lists = card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "RichTextBlock")
            .Select(r => r.GetProperty("inlines")[1].GetProperty("text").GetString()!)
            .ToList();

        var examples = lists.SelectMany(l => l.Split('·', StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal(role == MemberRole.Manager ? 42 : 11, examples.Count);
        foreach (var example in examples)
        {
            // "set standard visits 8 (new, followup, …)": the word before the number (or the last word) may be any of those in brackets.
            var options = Options().Match(example);
            var command = Options().Replace(example, "").Trim();
            AssertUnderstood(command);
            if (!options.Success) continue;
            var words = command.Split(' ');
            var varying = int.TryParse(words[^1], out _) ? words.Length - 2 : words.Length - 1;
            foreach (var option in options.Groups[1].Value.Split([',', '、'], StringSplitOptions.TrimEntries))
                AssertUnderstood(string.Join(' ', words.Select((w, i) => i == varying ? option : w)));
        }
    }

    [Fact]
    public void In_the_channel_it_says_to_mention_the_bot_first()
    {
        Assert.Contains("In the team channel, @mention me before a command.", Words(Help(Texts.English, MemberRole.Rep, inChannel: true)));
        Assert.DoesNotContain("In the team channel, @mention me before a command.", Words(Help(Texts.English, MemberRole.Rep)));
    }

    private static void AssertUnderstood(string text)
    {
        var command = CommandParser.Parse(text.Replace("@name", "").Replace("@姓名", ""));
        Assert.False(command is UnknownCommand or InvalidCommand, $"\"{text}\" is read as {command}");
    }

    [GeneratedRegex(@"[(（]([^)）]*)[)）]")]
    private static partial Regex Options();
}
