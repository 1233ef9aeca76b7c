using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IronArmy.Bot.Cards;

/// <summary>A column's width: "auto" (fit content), "stretch" (share what is left),
/// a relative weight (a JSON number) or a pixel width ("80px").</summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight, int? pixels)
    {
        Keyword = keyword;
        Weight = weight;
        Pixels = pixels;
    }

    public static ColumnWidth Auto { get; } = new("auto", null, null);
    public static ColumnWidth Stretch { get; } = new("stretch", null, null);

    public static ColumnWidth Weighted(int weight) =>
        weight > 0 ? new(null, weight, null) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be positive.");

    public static ColumnWidth InPixels(int pixels) =>
        pixels > 0 ? new(null, null, pixels) : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A pixel width must be positive.");

    internal string? Keyword { get; }
    internal int? Weight { get; }
    internal int? Pixels { get; }
}

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
            return ColumnWidth.Weighted(reader.GetInt32());
        var text = reader.GetString();
        return text switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                   && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var px)
                => ColumnWidth.InPixels(px),
            _ => throw new JsonException($"Not a column width: '{text}'."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is not null)
            writer.WriteStringValue(value.Keyword);
        else if (value.Weight is int weight)
            writer.WriteNumberValue(weight);
        else
            writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{value.Pixels}px"));
    }
}
