using System.Text.Json;
using System.Text.Json.Nodes;

namespace IronArmy.Bot.Cards;

/// <summary>
/// A button that says a command for the person: an <c>Action.Execute</c> whose data carries the
/// command's words. The bot carries it out exactly as if the words had been typed and answers in
/// the chat; the card pressed stays as it was. Universal Actions rather than Teams' messageBack:
/// the Agents Playground cannot send a messageBack from a card, and Execute is the one action
/// every current Teams client and the Playground both send.
/// </summary>
public static class CommandButton
{
    /// <summary>The verb every command button sends; no feature may claim it.</summary>
    public const string Verb = "command.say";

    /// <summary>Where the command's words are in the action's data.</summary>
    public const string WordsKey = "command";

    /// <param name="command">The command's words in the card's language (<c>plan</c>, <c>早启动</c>).</param>
    public static ExecuteAction For(string title, string command) => new(Verb)
    {
        Title = title,
        Data = new JsonObject { [WordsKey] = command },
    };

    /// <summary>The words a pressed command button says, or null when the data holds none.</summary>
    public static string? WordsOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(WordsKey, out var words) && words.ValueKind == JsonValueKind.String
            && words.GetString() is { Length: > 0 } said
            ? said
            : null;
}
