using System.Text.Json.Serialization;

namespace IronArmy.Bot.Cards;

/// <summary>
/// An Adaptive Card 1.5, the highest version Teams renders and the lowest that runs
/// Action.Execute there. Serialize it with <see cref="CardJson"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string CardVersion = "1.5";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2), JsonPropertyName("$schema")]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version => CardVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Any action but <see cref="ShowCardAction"/>, which the schema does not allow here.</summary>
    public CardAction? SelectAction { get; init; }

    /// <summary>Shown by clients that cannot render the card, and in notifications.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>The ISO 639-1 code of the card's language ("zh", "en"); the JS renderer rejects "zh-CN".</summary>
    public string? Lang { get; init; }

    public CardRefresh? Refresh { get; init; }

    /// <summary>Teams' extension: full width and the @mentions used in the card's text.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}

/// <summary>
/// Lets Teams fetch a fresh card with an <c>adaptiveCard/action</c> invoke (trigger "automatic")
/// for the listed users (user MRIs, at most 60), or for everyone in small chats when unset (protocol.md §6).
/// </summary>
public sealed record CardRefresh(ExecuteAction Action)
{
    public IReadOnlyList<string>? UserIds { get; init; }

    // Declared as the base type so the serializer writes the action's "type".
    [JsonInclude, JsonPropertyName("action")]
    private CardAction PolymorphicAction => Action;

    [JsonIgnore]
    public ExecuteAction Action { get; init; } = Action;
}
