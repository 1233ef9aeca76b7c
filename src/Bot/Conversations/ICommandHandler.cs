using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;

namespace IronArmy.Bot.Conversations;

/// <summary>A parsed text command from a known person, with the words to answer in.</summary>
/// <param name="Inbound">The message that carried it: its id keys the answer, so a re-delivered command is answered once.</param>
public sealed record CommandRequest(Command Command, Speaker Speaker, Texts Texts, Activity Inbound);

/// <summary>
/// A feature's text commands. Each handler names the Core command types it carries out
/// (<see cref="Commands"/>); <see cref="CommandRouter"/> finds it by the parsed command's type, so a
/// new feature adds a handler with <c>AddCommandHandler</c> instead of a branch in a router.
/// </summary>
public interface ICommandHandler
{
    static abstract IReadOnlyCollection<Type> Commands { get; }

    /// <summary>The answer to post in the conversation the command came from, or null when the handler answered itself.</summary>
    Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct);
}
