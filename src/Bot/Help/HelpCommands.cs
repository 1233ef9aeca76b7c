using IronArmy.Bot.Cards;
using IronArmy.Bot.Conversations;
using IronArmy.Bot.Protocol;
using IronArmy.Core.Commands;

namespace IronArmy.Bot.Help;

/// <summary>
/// <c>help</c>, and the answer to everything the bot did not understand: the usage of a command
/// whose argument was wrong, or a hint for words that are no command at all.
/// </summary>
public sealed class HelpCommands : ICommandHandler
{
    public static IReadOnlyCollection<Type> Commands { get; } = [typeof(HelpCommand), typeof(InvalidCommand), typeof(UnknownCommand)];

    public Task<Activity?> HandleAsync(CommandRequest request, CancellationToken ct)
    {
        var (speaker, t) = (request.Speaker, request.Texts);
        Activity reply = request.Command switch
        {
            HelpCommand => CardMessage.Of(HelpCard.Build(t, speaker.Member.Role, speaker.Team.Schedule, speaker.InChannel)),
            InvalidCommand c => CardMessage.Text(t.Format(ProblemKey(c.Problem), c.Argument, t.Usage(c.Usage))),
            UnknownCommand { Text.Length: 0 } => CardMessage.Text(t["Reply_EmptyHint"]),
            UnknownCommand c => CardMessage.Text(t.Format("Reply_UnknownHint", c.Text.Length > 60 ? c.Text[..60] + "…" : c.Text)),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Command, "Not a help command."),
        };
        return Task.FromResult<Activity?>(reply);
    }

    private static string ProblemKey(CommandProblem problem) => problem switch
    {
        CommandProblem.BadTime => "Reply_BadTime",
        CommandProblem.UnknownTimeZone => "Reply_UnknownTimeZone",
        CommandProblem.BadWorkDays => "Reply_BadWorkDays",
        CommandProblem.BadDate => "Reply_BadDate",
        CommandProblem.DateRangeReversed => "Reply_DateRangeReversed",
        CommandProblem.DateRangeTooLong => "Reply_DateRangeTooLong",
        CommandProblem.UnknownSetting => "Reply_UnknownSetting",
        CommandProblem.BadNumber => "Reply_BadNumber",
        CommandProblem.BadSwitch => "Reply_BadSwitch",
        CommandProblem.UnknownCurrency => "Reply_UnknownCurrency",
        CommandProblem.BadWeights => "Reply_BadWeights",
        _ => "Reply_MissingArgument",
    };
}
