using IronArmy.Core.Teams;

namespace IronArmy.Bot.Scheduling;

/// <summary>The Quartz cron expression for a ritual's local time on a team's work days, e.g. <c>0 40 7 ? * MON,TUE,WED,THU,FRI,SAT</c>.</summary>
public static class RitualCron
{
    public static string For(TimeOnly time, WorkWeek days)
    {
        if (days.IsEmpty) throw new ArgumentException("A team with no work days has no ritual to schedule.", nameof(days));
        var dayList = string.Join(',', days.Days.Select(Abbreviation));
        return $"{time.Second} {time.Minute} {time.Hour} ? * {dayList}";
    }

    private static string Abbreviation(DayOfWeek day) => day.ToString()[..3].ToUpperInvariant();
}
