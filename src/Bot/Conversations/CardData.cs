using IronArmy.Bot.Cards;
using System.Globalization;
using System.Text.Json;
using IronArmy.Bot.Resources;
using IronArmy.Core.Forms;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// What a pressed card button sends: its own data (work date, language) merged with the inputs,
/// which clients send as strings, numbers or booleans.
/// </summary>
public static class CardData
{
    /// <summary>The language of the card that was pressed; null (the member's own) for cards that do not say.</summary>
    public static Texts? LanguageOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(DayCardButton.LanguageKey, out var l) && l.ValueKind == JsonValueKind.String
            ? Texts.For(l.GetString())
            : null;

    public static DateOnly? WorkDateOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("workDate", out var d) && d.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The card's inputs as text, whatever JSON type the client sent them as (numbers, booleans, strings).</summary>
    public static Dictionary<string, string?> InputsOf(JsonElement data)
    {
        var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (data.ValueKind != JsonValueKind.Object) return inputs;
        foreach (var p in data.EnumerateObject())
        {
            if (p.Name is "verb" or DayCardButton.WorkDateKey or DayCardButton.LanguageKey or "msteams") continue;
            inputs[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.True => ToggleValue.On,
                JsonValueKind.False => ToggleValue.Off,
                _ => null,
            };
        }

        return inputs;
    }

    public static Dictionary<string, string> Entered(Dictionary<string, string?> inputs) =>
        inputs.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal);
}
