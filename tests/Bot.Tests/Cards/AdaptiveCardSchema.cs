using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IronArmy.Bot.Protocol;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IronArmy.Bot.Tests.Cards;

/// <summary>
/// Validates card JSON against the official Adaptive Card 1.5 schema (../shared/schemas), plus
/// what the schema cannot say: the root is a 1.5 card, Teams' <c>msteams</c> key has the right
/// shape, and every @mention's text appears in the card. Any test that produces a card calls
/// <see cref="AssertValid"/>.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>
    /// Fails the test with every reason the card is invalid. With CARDS_DUMP_DIR set, also writes
    /// the card there for the official JS library to check (tests/cards-js/validate.js).
    /// </summary>
    public static void AssertValid(JsonElement card, [CallerMemberName] string test = "")
    {
        var reasons = Validate(card);
        if (reasons.Count > 0)
            Assert.Fail($"Invalid Adaptive Card ({reasons.Count} reasons):\n  " + string.Join("\n  ", reasons) + "\n" + card);
        Dump(card, test);
    }

    /// <summary>Fails unless the attachment is an Adaptive Card attachment holding a valid card.</summary>
    public static void AssertValid(Attachment attachment, [CallerMemberName] string test = "")
    {
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.True(attachment.Content.HasValue, "the attachment has no content");
        AssertValid(attachment.Content.Value, test);
    }

    /// <summary>Why the card is invalid; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement card)
    {
        var reasons = new List<string>();
        if (card.ValueKind != JsonValueKind.Object)
            return [$"the card is a JSON {card.ValueKind}, not an object"];

        // An empty object passes the schema, so the root's identity is checked here.
        if (!card.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "AdaptiveCard")
            reasons.Add("#/type: must be \"AdaptiveCard\"");
        if (!card.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "1.5")
            reasons.Add("#/version: must be \"1.5\" (Teams renders up to 1.5; Action.Execute needs it)");

        foreach (var error in Schema.Value.Validate(card.GetRawText()))
            Explain(error, reasons);

        reasons.AddRange(UnrenderedMentions(card));
        return reasons.Distinct().ToList();
    }

    private static void Dump(JsonElement card, string test)
    {
        var directory = Environment.GetEnvironmentVariable("CARDS_DUMP_DIR");
        if (string.IsNullOrEmpty(directory))
            return;
        var json = card.GetRawText();
        // Named by content, so a card validated twice is written once and parallel tests never collide.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"{test}-{hash}.json"), json);
    }

    private static JsonSchema Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "schemas", "adaptive-card-1.5.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!;
        // The official schema forbids unknown keys at the card's root, Teams' "msteams" included.
        schema["definitions"]!["AdaptiveCard"]!["properties"]!["msteams"] = JsonNode.Parse(MsTeamsSchema);
        return JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
    }

    // Teams' extension as its docs describe it: full width and mention entities.
    private const string MsTeamsSchema = """
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "width": { "enum": ["Full"] },
            "entities": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["type", "text", "mentioned"],
                "properties": {
                  "type": { "enum": ["mention"] },
                  "text": { "type": "string", "pattern": "^<at>.+</at>$" },
                  "mentioned": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "name"],
                    "properties": { "id": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 } }
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>
    /// Flattens NJsonSchema's error tree into readable reasons. Elements and actions are anyOf
    /// over every known type; only the branches whose "type" matched say what is wrong, and when
    /// none matched the type itself is unknown.
    /// </summary>
    private static void Explain(ValidationError error, List<string> reasons)
    {
        if (error is not ChildSchemaValidationError child)
        {
            reasons.Add($"{error.Path}: {error.Kind}");
            return;
        }

        var branches = child.Errors.Values.Select(e => e.ToList()).ToList();
        if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf)
        {
            var typeOwnPath = error.Path + ".type";
            var matchingType = branches.Where(b => !Leaves(b).Any(l => l.Path == typeOwnPath || IsMissingType(l, error.Path))).ToList();
            if (matchingType.Count == 0)
            {
                reasons.Add($"{error.Path}: its \"type\" is missing or not a type allowed here");
                return;
            }
            branches = matchingType;
        }

        foreach (var branch in branches)
            foreach (var inner in branch)
                Explain(inner, reasons);
    }

    private static bool IsMissingType(ValidationError leaf, string? path) =>
        leaf.Kind == ValidationErrorKind.PropertyRequired && leaf.Property == "type" && leaf.Path == path + ".type";

    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError c
            ? Leaves(c.Errors.Values.SelectMany(v => v)).Prepend(e)
            : [e]);

    private static IEnumerable<string> UnrenderedMentions(JsonElement card)
    {
        if (!card.TryGetProperty("msteams", out var msteams) || msteams.ValueKind != JsonValueKind.Object
            || !msteams.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array)
            yield break;

        var texts = Texts(card).ToList();
        foreach (var entity in entities.EnumerateArray())
        {
            if (entity.ValueKind == JsonValueKind.Object && entity.TryGetProperty("text", out var text)
                && text.ValueKind == JsonValueKind.String && !texts.Any(t => t.Contains(text.GetString()!, StringComparison.Ordinal)))
                yield return $"#/msteams.entities: mention {text} does not appear in any TextBlock, TextRun or Fact, so Teams will not render it";
        }
    }

    private static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "msteams")
                        continue;
                    // Lenient on purpose: any text-like string may carry the mention.
                    if (property.Name is "text" or "title" or "value" && property.Value.ValueKind == JsonValueKind.String)
                        yield return property.Value.GetString()!;
                    foreach (var text in Texts(property.Value))
                        yield return text;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var text in Texts(item))
                        yield return text;
                break;
        }
    }
}
