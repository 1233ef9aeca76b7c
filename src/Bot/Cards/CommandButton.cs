using System.Text.Json.Nodes;

namespace IronArmy.Bot.Cards;

/// <summary>
/// A button that says a command for the person: Action.Submit with Teams' <c>messageBack</c>, so
/// the bot receives the command's words as the message text, exactly as if they had been typed,
/// and the chat shows them. Nothing routes it but the words: the same command handlers answer it.
/// </summary>
public static class CommandButton
{
    public const string MessageBack = "messageBack";

    /// <param name="command">The command's words in the card's language (<c>plan</c>, <c>早启动</c>).</param>
    public static SubmitAction For(string title, string command) => new()
    {
        Title = title,
        Data = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = MessageBack, ["text"] = command, ["displayText"] = command },
        },
    };
}
