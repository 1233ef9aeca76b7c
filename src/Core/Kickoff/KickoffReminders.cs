namespace IronArmy.Core.Kickoff;

/// <summary>
/// How long after the kickoff each follow-up happens (team settings): one nudge to a rep who has
/// not submitted, one message to each manager listing who is missing, and the morning board.
/// </summary>
public sealed record KickoffReminders(TimeSpan Nudge, TimeSpan Managers, TimeSpan Board)
{
    /// <summary>The bounds of <c>set reminders … N</c>, in minutes: at least one, at most four hours.</summary>
    public const int MinMinutes = 1;
    public const int MaxMinutes = 240;

    public static KickoffReminders Default { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(20));

    public TimeSpan Of(KickoffReminder reminder) => reminder switch
    {
        KickoffReminder.Nudge => Nudge,
        KickoffReminder.Managers => Managers,
        KickoffReminder.Board => Board,
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder, null),
    };

    public KickoffReminders With(KickoffReminder reminder, TimeSpan after) => reminder switch
    {
        KickoffReminder.Nudge => this with { Nudge = after },
        KickoffReminder.Managers => this with { Managers = after },
        KickoffReminder.Board => this with { Board = after },
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder, null),
    };
}

public enum KickoffReminder
{
    Nudge,
    Managers,
    Board,
}
