using System.Text.Json.Nodes;
using IronArmy.Bot.Cards;

namespace IronArmy.Bot.Tests.Cards;

/// <summary>Cards the card-model tests share.</summary>
internal static class SampleCards
{
    public const string MentionedId = "29:1a2b3c";
    public const string MentionedName = "Li Wei";

    /// <summary>A card that uses every element, input and action of the model, nested where they nest.</summary>
    public static AdaptiveCard EveryElement()
    {
        var mention = Mention.Of(MentionedId, MentionedName);
        var approve = new ExecuteAction("kickoff.submit")
        {
            Title = "Submit",
            Style = ActionStyle.Positive,
            Data = new JsonObject { ["memberId"] = 42, ["date"] = "2026-11-23" },
            AssociatedInputs = AssociatedInputs.Auto,
        }.WithSubmitFallback();

        return new AdaptiveCard
        {
            FallbackText = "Morning kickoff",
            Lang = "zh",
            Body =
            [
                new TextBlock("早上好, " + mention.Text) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Accent, Wrap = true },
                new TextBlock("Plan your day") { IsSubtle = true, Spacing = Spacing.None, Separator = true, HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 2 },
                new RichTextBlock([new TextRun("Target ") { Weight = TextWeight.Bolder }, new TextRun("¥12,000") { Color = TextColor.Good, Italic = true }]),
                new FactSet([new Fact("Calls", "12"), new Fact("Visits", "3")]),
                new Container([new TextBlock("Emphasised") { Wrap = true }])
                {
                    Id = "details",
                    Style = ContainerStyle.Emphasis,
                    Bleed = true,
                    IsVisible = false,
                    SelectAction = new OpenUrlAction("https://example.com/details"),
                },
                new ColumnSet(
                [
                    new Column([new Image("https://example.com/a.png") { Size = ImageSize.Small, Style = ImageStyle.Person, AltText = "Avatar" }]) { Width = ColumnWidth.Auto },
                    new Column([new TextBlock("Rank 1")]) { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalContentAlignment.Center },
                    new Column([new TextBlock("2")]) { Width = ColumnWidth.Weighted(2) },
                    new Column([new TextBlock("80")]) { Width = ColumnWidth.InPixels(80) },
                ]),
                new TextInput("plan") { Label = "Today's plan", Placeholder = "Who will you visit?", IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Required", Regex = ".+", Value = "" },
                new NumberInput("calls") { Label = "Calls", Min = 0, Max = 200, Value = 0, IsRequired = true, ErrorMessage = "0-200" },
                new TimeInput("kickoff") { Label = "Kickoff", Value = new TimeOnly(7, 40), Min = new TimeOnly(5, 0), Max = new TimeOnly(11, 0) },
                new DateInput("day") { Label = "Day", Value = new DateOnly(2026, 11, 23) },
                new ToggleInput("leave", "On leave today") { Value = "false", ValueOn = "true", ValueOff = "false", Wrap = true },
                new ChoiceSetInput("region", [new Choice("North", "n"), new Choice("South", "s")]) { Label = "Region", Style = ChoiceInputStyle.Expanded, IsMultiSelect = true, Value = "n,s" },
                new ActionSet([approve]),
            ],
            Actions =
            [
                new ShowCardAction(new AdaptiveCard { Body = [new TextInput("note") { Label = "Note" }], Actions = [new SubmitAction { Title = "Send", Data = new JsonObject { ["verb"] = "note" } }] }) { Title = "Add a note" },
                new ToggleVisibilityAction(["details"]) { Title = "Details", Mode = ActionMode.Secondary },
                new OpenUrlAction("https://example.com") { Title = "Open", Tooltip = "Opens the dashboard" },
                new SubmitAction { Title = "Skip", AssociatedInputs = AssociatedInputs.None, Data = new JsonObject { ["verb"] = "skip" } },
            ],
            Refresh = new CardRefresh(new ExecuteAction("kickoff.refresh")) { UserIds = [MentionedId] },
            MsTeams = TeamsCardProperties.FullWidth with { Entities = [mention] },
        };
    }
}
