using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IronArmy.Bot.Protocol;

namespace IronArmy.Bot.Cards;

/// <summary>
/// Turns an <see cref="AdaptiveCard"/> into Adaptive Card 1.5 JSON: camelCase names, the
/// <c>type</c> of every element and action first, unset (null/false/empty-default) properties left out.
/// </summary>
public static class CardJson
{
    /// <summary>
    /// Teams rejects a message larger than about 28 KB, and that counts the whole activity.
    /// Cards are held to this so the activity's envelope still fits.
    /// </summary>
    public const int MaxCardBytes = 28 * 1024 - 2 * 1024;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonElement ToJsonElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    /// <summary>The card's size on the wire (UTF-8 bytes of its JSON).</summary>
    public static int Utf8Size(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options).Length;

    /// <summary>An element's size as it is written in a card's body (with its <c>type</c>).</summary>
    public static int Utf8Size(CardElement element) => JsonSerializer.SerializeToUtf8Bytes(element, Options).Length;

    /// <summary>
    /// The card as a message attachment. Throws <see cref="CardTooLargeException"/> above
    /// <see cref="MaxCardBytes"/>: Teams would refuse the message, so the builder has to shorten it.
    /// </summary>
    public static Attachment ToAttachment(AdaptiveCard card)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(card, Options);
        if (bytes.Length > MaxCardBytes)
            throw new CardTooLargeException(bytes.Length, MaxCardBytes);
        return new Attachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = JsonSerializer.Deserialize<JsonElement>(bytes),
        };
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // Defaults (false, 0 of non-nullable, null) are the card schema's own defaults, so leaving
            // them out changes nothing and keeps cards small. Values that must be writable as
            // false/0 are nullable in the model.
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            // Cards go to Teams as JSON, never into HTML: escaping "<at>" and every Chinese character
            // as \uXXXX would only double the size of zh-CN cards against the 28 KB limit.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
                new HourMinuteConverter(),
            },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Input.Time wants "HH:mm"; System.Text.Json would write seconds too.</summary>
    private sealed class HourMinuteConverter : JsonConverter<TimeOnly>
    {
        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeOnly.ParseExact(reader.GetString()!, "HH:mm", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}

public sealed class CardTooLargeException(int bytes, int limit)
    : Exception($"The card is {bytes} bytes; Teams messages must stay under {limit} bytes. Shorten it or split it.")
{
    public int Bytes { get; } = bytes;
    public int Limit { get; } = limit;
}
