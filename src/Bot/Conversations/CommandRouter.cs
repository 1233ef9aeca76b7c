using IronArmy.Bot.Cards;
using IronArmy.Bot.Protocol;
using IronArmy.Bot.Resources;
using IronArmy.Core.Commands;
using IronArmy.Core.Language;
using IronArmy.Core.Teams;
using Microsoft.Extensions.Options;

namespace IronArmy.Bot.Conversations;

/// <summary>
/// Carries out a text command through the feature that declared it (<see cref="ICommandHandler"/>)
/// and queues the answer. Manager commands from a non-manager are refused with an explanation and
/// change nothing; bad arguments get the usage, never an error.
/// </summary>
public sealed class CommandRouter(
    IServiceProvider services,
    IOptions<CommandRoutes> routes,
    SpeakerLookup speakers,
    ConversationReplies replies,
    ILogger<CommandRouter> log)
{
    public async Task HandleAsync(Activity a, CancellationToken ct)
    {
        var text = a.CommandText();
        var command = CommandParser.Parse(text);
        var speaker = await speakers.FindAsync(a, ct);
        var t = Texts.For(SupportedLanguage.ForMessage(speaker?.Member.Locale ?? a.Locale, text));
        if (speaker is null)
        {
            await replies.ReplyAsync(a, CardMessage.Text(t["Reply_NoTeam"]), ct);
            return;
        }

        if (command.RequiresManager && speaker.Member.Role != MemberRole.Manager)
        {
            log.LogInformation("Refused {Command} from non-manager {MemberId}", command.GetType().Name, speaker.Member.Id);
            await replies.ReplyAsync(a, CardMessage.Text(t["Reply_ManagersOnly"]), ct);
            return;
        }

        // Every command the parser can produce has a handler (a test holds the routes to that).
        var handler = (ICommandHandler)services.GetRequiredService(routes.Value.HandlerOf(command.GetType())
            ?? throw new InvalidOperationException($"No handler is registered for {command.GetType().Name}."));
        if (await handler.HandleAsync(new CommandRequest(command, speaker, t, a), ct) is { } reply)
            await replies.ReplyAsync(a, reply, ct);
    }
}
