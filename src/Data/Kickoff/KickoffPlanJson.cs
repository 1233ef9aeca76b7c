using System.Text.Json;
using System.Text.Json.Serialization;
using IronArmy.Core.Kickoff;

namespace IronArmy.Data.Kickoff;

/// <summary>The JSON form of a Core plan kept in revisions: stable names, enums as names, no computed members.</summary>
public static class KickoffPlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string Write(KickoffPlan plan) => JsonSerializer.Serialize(plan, Options);

    public static KickoffPlan Read(string json) =>
        JsonSerializer.Deserialize<KickoffPlan>(json, Options) ?? throw new JsonException("A revision holds no plan.");
}
