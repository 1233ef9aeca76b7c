using System.Text.Json;
using System.Text.Json.Serialization;
using IronArmy.Core.EveningShare;

namespace IronArmy.Data.EveningShare;

/// <summary>The JSON form of a Core recap kept in revisions: stable names, enums as names, no computed members.</summary>
public static class RecapJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string Write(Recap recap) => JsonSerializer.Serialize(recap, Options);

    public static Recap Read(string json) =>
        JsonSerializer.Deserialize<Recap>(json, Options) ?? throw new JsonException("A revision holds no recap.");
}
