namespace IronArmy.Bot.Cards;

/// <summary>The card's <c>msteams</c> object: Teams-only rendering hints and the card's @mentions.</summary>
public sealed record TeamsCardProperties
{
    /// <summary>"Full" stretches the card across the conversation; null keeps Teams' default width.</summary>
    public string? Width { get; init; }

    public IReadOnlyList<Mention>? Entities { get; init; }

    public static TeamsCardProperties FullWidth { get; } = new() { Width = "Full" };
}

/// <summary>
/// An @mention. Teams only renders it when <see cref="Text"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>)
/// appears verbatim in a TextBlock or TextRun of the same card.
/// </summary>
public sealed record Mention(string Text, MentionedAccount Mentioned)
{
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Type => "mention";

    /// <summary>A mention of <paramref name="name"/> whose text is <c>&lt;at&gt;name&lt;/at&gt;</c>.</summary>
    /// <param name="userId">The user's Teams id (<c>29:...</c>).</param>
    public static Mention Of(string userId, string name) => new($"<at>{name}</at>", new MentionedAccount(userId, name));
}

public sealed record MentionedAccount(string Id, string Name);
