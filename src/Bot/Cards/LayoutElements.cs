namespace IronArmy.Bot.Cards;

/// <summary>Groups items, optionally styled (e.g. emphasis) and clickable as a whole.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool Bleed { get; init; }
    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    /// <summary>Any action but <see cref="ShowCardAction"/>, which the schema does not allow here.</summary>
    public CardAction? SelectAction { get; init; }
}

/// <summary>Side-by-side columns.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool Bleed { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
    public CardAction? SelectAction { get; init; }
}

/// <summary>A column of a <see cref="ColumnSet"/>; not an element on its own.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; init; }
    public ColumnWidth? Width { get; init; }
    public ContainerStyle? Style { get; init; }
    public VerticalContentAlignment? VerticalContentAlignment { get; init; }
    public Spacing? Spacing { get; init; }
    public bool Separator { get; init; }
    public bool Bleed { get; init; }
    public bool? IsVisible { get; init; }
    public CardAction? SelectAction { get; init; }
}

/// <summary>Title/value pairs laid out as a two-column list.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);

public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }
    public ImageSize? Size { get; init; }
    public ImageStyle? Style { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>Actions placed in the body. protocol.md §6 asks for actions wrapped in one for older clients.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
