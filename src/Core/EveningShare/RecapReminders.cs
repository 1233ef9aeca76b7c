namespace IronArmy.Core.EveningShare;

/// <summary>
/// How long after the evening share each follow-up happens (team settings): one nudge to a rep who
/// has not shared, and one message to each manager listing who has not shared yet. Both come before
/// the digest or not at all (<see cref="EveningShareTimeline.BeforeDigest"/>).
/// </summary>
public sealed record RecapReminders(TimeSpan Nudge, TimeSpan Managers)
{
    /// <summary>The bounds of <c>set reminders share-… N</c>, in minutes: the kickoff's, one minute to four hours.</summary>
    public const int MinMinutes = 1;
    public const int MaxMinutes = 240;

    /// <summary>Half an hour to share, then the managers hear who is missing an hour after the share, well before a 21:00 digest.</summary>
    public static RecapReminders Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60));

    public TimeSpan Of(RecapReminder reminder) => reminder switch
    {
        RecapReminder.Nudge => Nudge,
        RecapReminder.Managers => Managers,
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder, null),
    };

    public RecapReminders With(RecapReminder reminder, TimeSpan after) => reminder switch
    {
        RecapReminder.Nudge => this with { Nudge = after },
        RecapReminder.Managers => this with { Managers = after },
        _ => throw new ArgumentOutOfRangeException(nameof(reminder), reminder, null),
    };
}

public enum RecapReminder
{
    Nudge,
    Managers,
}
