using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IronArmy.Bot.Cards;

/// <summary>A button (or a select action). The <c>type</c> discriminator is written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }
    public string? IconUrl { get; init; }
    public ActionStyle? Style { get; init; }
    public ActionMode? Mode { get; init; }
    public string? Tooltip { get; init; }

    /// <summary>Null means enabled (the schema's default).</summary>
    public bool? IsEnabled { get; init; }

    /// <summary>What a client that cannot run this action shows instead.</summary>
    public CardAction? Fallback { get; init; }
}

/// <summary>
/// Universal Action: the click arrives as an <c>adaptiveCard/action</c> invoke whose answer can
/// replace the card (protocol.md §6). <see cref="Data"/> is merged with the inputs.
/// </summary>
public sealed record ExecuteAction(string Verb) : CardAction
{
    /// <summary>The key under which <see cref="WithSubmitFallback"/> puts the verb in the Submit's data.</summary>
    public const string FallbackVerbKey = "verb";

    public JsonObject? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>
    /// This action with an <c>Action.Submit</c> fallback for clients without Universal Actions
    /// (protocol.md §6 "Backward compatibility"). The Submit carries the same data plus
    /// <c>"verb"</c>, so one handler can route both the invoke and the message by verb.
    /// </summary>
    public ExecuteAction WithSubmitFallback()
    {
        var data = Data?.DeepClone().AsObject() ?? [];
        data[FallbackVerbKey] = Verb; // the verb wins over a same-named data key: it is what routes the click
        return this with
        {
            Fallback = new SubmitAction
            {
                // No Id: two actions with one id are a duplicate to card validators.
                Title = Title,
                IconUrl = IconUrl,
                Style = Style,
                Mode = Mode,
                Tooltip = Tooltip,
                IsEnabled = IsEnabled,
                Data = data,
                AssociatedInputs = AssociatedInputs,
            },
        };
    }
}

/// <summary>Classic submit: the click arrives as a <c>message</c> with the data and inputs in <c>value</c>.</summary>
public sealed record SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}

/// <summary>Expands a nested card under the button (no round trip).</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction;

public sealed record OpenUrlAction(string Url) : CardAction;

/// <summary>Shows/hides the elements with these ids (no round trip).</summary>
public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : CardAction;
