using System.Text.Json.Serialization;

namespace IronArmy.Bot.Cards;

/// <summary>A block of text (a markdown subset). Set <see cref="Wrap"/> for anything longer than a label.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool IsSubtle { get; init; }
    public bool Wrap { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
    public int? MaxLines { get; init; }
}

/// <summary>Text made of separately styled runs, e.g. a bold name followed by plain text.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>One run of a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    // Inlines are not polymorphic here (TextRun is the only kind), but the schema requires the type.
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool IsSubtle { get; init; }
    public bool Italic { get; init; }
    public bool Strikethrough { get; init; }
    public bool Highlight { get; init; }
    public bool Underline { get; init; }
}
