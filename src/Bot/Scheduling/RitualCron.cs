namespace IronArmy.Bot.Scheduling;

/// <summary>
/// The Quartz cron expression for a ritual's local time, every day, e.g. <c>0 40 7 ? * *</c>.
/// The trigger fires daily and the team calendar decides whether the date is worked: holidays
/// fall on work-week days and make-up work days on weekends, which a weekday list cannot express.
/// </summary>
public static class RitualCron
{
    public static string For(TimeOnly time) => $"{time.Second} {time.Minute} {time.Hour} ? * *";
}
