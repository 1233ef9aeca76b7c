using IronArmy.Core.Teams;

namespace IronArmy.Core.Commands;

/// <summary>What a person asked the bot to do, parsed from their words (English or Chinese).</summary>
public abstract record Command
{
    /// <summary>Manager commands change the team; a rep who tries one is told so and nothing changes.</summary>
    public virtual bool RequiresManager => false;
}

public sealed record HelpCommand : Command;

public sealed record StatusCommand : Command
{
    public override bool RequiresManager => true;
}

public sealed record SetTimeZoneCommand(string TimeZoneId) : Command
{
    public override bool RequiresManager => true;
}

public sealed record SetRitualTimeCommand(Ritual Ritual, TimeOnly Time) : Command
{
    public override bool RequiresManager => true;
}

public sealed record SetWorkDaysCommand(WorkWeek WorkDays) : Command
{
    public override bool RequiresManager => true;
}

/// <summary>Promote the person @mentioned in the message (the mention itself travels in the activity's entities).</summary>
public sealed record AddManagerCommand : Command
{
    public override bool RequiresManager => true;
}

/// <summary>A known command with an argument that does not parse; <see cref="Problem"/> says which.</summary>
public sealed record InvalidCommand(string Usage, CommandProblem Problem, string Argument) : Command;

/// <summary>Text that is no command at all: answered with a short hint, never an error.</summary>
public sealed record UnknownCommand(string Text) : Command;

public enum CommandProblem
{
    UnknownTimeZone,
    BadTime,
    BadWorkDays,
    MissingArgument,
}
