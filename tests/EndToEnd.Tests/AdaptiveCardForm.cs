using System.Text.Json;
using System.Text.Json.Nodes;

namespace IronArmy.EndToEnd.Tests;

/// <summary>An Action.Execute button press: what the Playground's UI posts to /_conversation/v1/invoke as value.action.</summary>
internal sealed record CardActionClick(string Type, string? Title, string Verb, JsonObject Data);

/// <summary>
/// An Adaptive Card the bot sent, filled in and pressed as a user would in the Playground. The data
/// a button sends is built the way the Playground's renderer (Adaptive Cards JS) builds it: the
/// action's own data, then every input that has a value (the typed one, else the card's default)
/// keyed by input id, as strings. Typing into an input the card lacks, or picking a choice it does
/// not offer, fails: a user could not do it either.
/// </summary>
internal sealed class AdaptiveCardForm
{
    private readonly JsonElement _card;
    private readonly IReadOnlyList<JsonElement> _inputs;

    private AdaptiveCardForm(JsonElement card)
    {
        _card = card;
        _inputs = Descendants(card)
            .Where(e => Str(e, "type") is { } type && type.StartsWith("Input.", StringComparison.Ordinal) && Str(e, "id") is not null)
            .ToList();
    }

    public static AdaptiveCardForm Of(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object || Str(card, "type") != "AdaptiveCard")
            throw new ArgumentException($"Not an Adaptive Card: {card}", nameof(card));
        return new AdaptiveCardForm(card);
    }

    public JsonElement Card => _card;

    public IReadOnlyList<string> InputIds => _inputs.Select(i => Str(i, "id")!).ToList();

    /// <summary>
    /// How many errors the card shows: attention-coloured text, and inputs carrying an error message
    /// (compare with the blank form: a card may give inputs one up front, for client-side checks).
    /// </summary>
    public int ErrorsShown =>
        Descendants(_card).Count(e =>
            (Str(e, "type") == "TextBlock" && string.Equals(Str(e, "color"), "attention", StringComparison.OrdinalIgnoreCase))
            || (Str(e, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true && !string.IsNullOrEmpty(Str(e, "errorMessage"))));

    /// <summary>Whether the card has an Action.Execute button with this verb.</summary>
    public bool HasExecute(string verb) => FindExecute(verb) is not null;

    /// <summary>Fills the inputs and presses the Action.Execute button with this verb.</summary>
    public CardActionClick Execute(string verb, IReadOnlyDictionary<string, string> typed)
    {
        var action = FindExecute(verb) ?? throw new InvalidOperationException($"The card has no Action.Execute with verb '{verb}':\n{_card}");
        return new CardActionClick("Action.Execute", Str(action, "title"), verb, Fill(action, typed));
    }

    /// <summary>
    /// Fills the inputs and presses the Action.Submit fallback of the Action.Execute button with
    /// this verb, as a client without Action.Execute would (the Playground itself never does).
    /// </summary>
    public JsonObject SubmitFallback(string verb, IReadOnlyDictionary<string, string> typed)
    {
        var action = FindExecute(verb) ?? throw new InvalidOperationException($"The card has no Action.Execute with verb '{verb}':\n{_card}");
        if (!action.TryGetProperty("fallback", out var fallback) || Str(fallback, "type") != "Action.Submit")
            throw new InvalidOperationException($"The '{verb}' button has no Action.Submit fallback:\n{action}");
        return Fill(fallback, typed);
    }

    private JsonElement? FindExecute(string verb) =>
        Descendants(_card).Where(e => Str(e, "type") == "Action.Execute" && Str(e, "verb") == verb)
            .Select(e => (JsonElement?)e).FirstOrDefault();

    private JsonObject Fill(JsonElement action, IReadOnlyDictionary<string, string> typed)
    {
        var data = action.TryGetProperty("data", out var own) && own.ValueKind != JsonValueKind.Null
            ? JsonNode.Parse(own.GetRawText()) as JsonObject
              ?? throw new InvalidOperationException($"The action's data is not an object, so no input would be sent with it: {own}")
            : new JsonObject();

        var unknown = typed.Keys.Except(InputIds).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The card has no input {string.Join(", ", unknown)}; its inputs are: {string.Join(", ", InputIds)}");

        foreach (var input in _inputs)
        {
            var id = Str(input, "id")!;
            var value = typed.TryGetValue(id, out var text) ? Checked(input, text) : Default(input);
            if (!string.IsNullOrEmpty(value))
                data[id] = value;
        }
        return data;
    }

    /// <summary>What the input holds before the user touches it; a toggle always holds on or off.</summary>
    private static string? Default(JsonElement input)
    {
        var value = input.TryGetProperty("value", out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => null,
        } : null;
        if (Str(input, "type") == "Input.Toggle")
            return value == ToggleOn(input) ? value : ToggleOff(input);
        return value;
    }

    private static string Checked(JsonElement input, string value)
    {
        switch (Str(input, "type"))
        {
            case "Input.Toggle" when value != ToggleOn(input) && value != ToggleOff(input):
                throw new InvalidOperationException($"Toggle {Str(input, "id")} can only be '{ToggleOn(input)}' or '{ToggleOff(input)}', not '{value}'.");
            case "Input.ChoiceSet":
                var offered = input.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array
                    ? choices.EnumerateArray().Select(c => Str(c, "value")).ToList()
                    : [];
                var picked = input.TryGetProperty("isMultiSelect", out var multi) && multi.ValueKind == JsonValueKind.True
                    ? value.Split(',')
                    : [value];
                if (picked.Except(offered).Any())
                    throw new InvalidOperationException($"Choice set {Str(input, "id")} offers {string.Join(", ", offered)}, not '{value}'.");
                break;
        }
        return value;
    }

    private static string ToggleOn(JsonElement toggle) => Str(toggle, "valueOn") ?? "true";

    private static string ToggleOff(JsonElement toggle) => Str(toggle, "valueOff") ?? "false";

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Descendants(property.Value))
                    yield return inner;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Descendants(item))
                    yield return inner;
            }
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
