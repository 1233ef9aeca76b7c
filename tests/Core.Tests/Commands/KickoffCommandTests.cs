using IronArmy.Core.Commands;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Tests.Commands;

public class KickoffCommandTests
{
    private static DateRange R(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    [Theory]
    [InlineData("plan")]
    [InlineData(" PLAN ")]
    [InlineData("早启动")]
    public void Plan_opens_todays_card_for_anyone(string text)
    {
        var command = Assert.IsType<OpenKickoffCommand>(CommandParser.Parse(text));
        Assert.False(command.RequiresManager);
    }

    [Theory]
    [InlineData("kickoff now")]
    [InlineData("Kickoff  Now")]
    [InlineData("立即早启动")]
    public void Kickoff_now_is_a_manager_command(string text) =>
        Assert.True(Assert.IsType<KickoffNowCommand>(CommandParser.Parse(text)).RequiresManager);

    [Theory]
    [InlineData("leave")]
    [InlineData("请假")]
    public void Leave_alone_means_today(string text)
    {
        var command = Assert.IsType<LeaveCommand>(CommandParser.Parse(text));
        Assert.Null(command.Dates);
        Assert.False(command.RequiresManager);
    }

    [Theory]
    [InlineData("leave 2026-12-01..2026-12-03", "2026-12-01", "2026-12-03")]
    [InlineData("请假 2026-12-01..2026-12-03", "2026-12-01", "2026-12-03")]
    [InlineData("请假2026-12-01~2026-12-03", "2026-12-01", "2026-12-03")]
    [InlineData("请假 ２０２６－１２－０１～２０２６－１２－０３", "2026-12-01", "2026-12-03")]
    [InlineData("请假 2026-12-01 至 2026-12-03", "2026-12-01", "2026-12-03")]
    [InlineData("请假 2026年12月1日到2026年12月3日", "2026-12-01", "2026-12-03")]
    [InlineData("leave 2026/12/1 - 2026/12/3", "2026-12-01", "2026-12-03")]
    [InlineData("leave 2026-12-01…2026-12-03", "2026-12-01", "2026-12-03")]
    [InlineData("leave 2026-12-01", "2026-12-01", "2026-12-01")]
    [InlineData("请假 2026-12-01", "2026-12-01", "2026-12-01")]
    public void Leave_for_a_date_or_range(string text, string start, string end) =>
        Assert.Equal(R(start, end), Assert.IsType<LeaveCommand>(CommandParser.Parse(text)).Dates);

    [Theory]
    [InlineData("back")]
    [InlineData("销假")]
    public void Back_cancels_leave(string text) => Assert.IsType<BackCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("holiday 2026-10-01..2026-10-07", "2026-10-01", "2026-10-07")]
    [InlineData("holidays 2026-10-01..2026-10-07", "2026-10-01", "2026-10-07")]
    [InlineData("放假 2026-10-01..2026-10-07", "2026-10-01", "2026-10-07")]
    [InlineData("放假 2026-10-01至2026-10-07", "2026-10-01", "2026-10-07")]
    [InlineData("放假 2026-01-01", "2026-01-01", "2026-01-01")]
    public void Holidays_are_a_manager_command(string text, string start, string end)
    {
        var command = Assert.IsType<SetHolidayCommand>(CommandParser.Parse(text));
        Assert.Equal(R(start, end), command.Dates);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("workday 2026-10-11", "2026-10-11", "2026-10-11")]
    [InlineData("调休上班 2026-10-11", "2026-10-11", "2026-10-11")]
    [InlineData("补班 2026-09-27", "2026-09-27", "2026-09-27")]
    [InlineData("workday 2026-10-10..2026-10-11", "2026-10-10", "2026-10-11")]
    public void Make_up_work_days_are_a_manager_command(string text, string start, string end)
    {
        var command = Assert.IsType<SetMakeUpWorkDayCommand>(CommandParser.Parse(text));
        Assert.Equal(R(start, end), command.Dates);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("leave 2026-12-03..2026-12-01", CommandProblem.DateRangeReversed)]
    [InlineData("请假 2026-12-03至2026-12-01", CommandProblem.DateRangeReversed)]
    [InlineData("holiday 2026-01-01..2026-03-05", CommandProblem.DateRangeTooLong)]
    [InlineData("leave tomorrow", CommandProblem.BadDate)]
    [InlineData("leave 2026-02-30", CommandProblem.BadDate)]
    [InlineData("leave 2026-13-01", CommandProblem.BadDate)]
    [InlineData("leave 12-01", CommandProblem.BadDate)]
    [InlineData("leave 2026-12-01..", CommandProblem.BadDate)]
    [InlineData("leave 2026-12-01..2026-12-02..2026-12-03", CommandProblem.BadDate)]
    [InlineData("leave 2026-12/01", CommandProblem.BadDate)]
    [InlineData("holiday", CommandProblem.MissingArgument)]
    [InlineData("放假", CommandProblem.MissingArgument)]
    [InlineData("workday", CommandProblem.MissingArgument)]
    [InlineData("workday 2026-10-32", CommandProblem.BadDate)]
    public void Bad_dates_and_ranges_are_reported(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Fact]
    public void Sixty_days_is_the_longest_range()
    {
        Assert.IsType<SetHolidayCommand>(CommandParser.Parse("holiday 2026-01-01..2026-03-01"));
        Assert.Equal(CommandProblem.DateRangeTooLong, Assert.IsType<InvalidCommand>(CommandParser.Parse("holiday 2026-01-01..2026-03-02")).Problem);
    }

    [Theory]
    [InlineData("set standard visits 8", StandardMeasure.Visits, 8)]
    [InlineData("设置标准 拜访 8", StandardMeasure.Visits, 8)]
    [InlineData("设置标准拜访10", StandardMeasure.Visits, 10)]
    [InlineData("set standard new 4", StandardMeasure.NewVisits, 4)]
    [InlineData("设置标准 新客户 3", StandardMeasure.NewVisits, 3)]
    [InlineData("set standard followup 2", StandardMeasure.FollowUpVisits, 2)]
    [InlineData("设置标准 跟进 2", StandardMeasure.FollowUpVisits, 2)]
    [InlineData("set standard closing 1", StandardMeasure.ClosingVisits, 1)]
    [InlineData("设置标准 签单 1", StandardMeasure.ClosingVisits, 1)]
    [InlineData("set standard a 1", StandardMeasure.ACustomers, 1)]
    [InlineData("设置标准 A 2", StandardMeasure.ACustomers, 2)]
    [InlineData("set standard A1", StandardMeasure.ACustomers, 1)]
    [InlineData("set standard bc 2", StandardMeasure.BcCustomers, 2)]
    [InlineData("设置标准 BC 3", StandardMeasure.BcCustomers, 3)]
    [InlineData("set standard validnew 3", StandardMeasure.ValidNewCustomers, 3)]
    [InlineData("设置标准 有效新增 2", StandardMeasure.ValidNewCustomers, 2)]
    [InlineData("设置标准 有效新增 ０", StandardMeasure.ValidNewCustomers, 0)]
    [InlineData("set standard visits 50", StandardMeasure.Visits, 50)]
    public void Standard_lines_are_manager_settings(string text, StandardMeasure measure, int value)
    {
        var command = Assert.IsType<SetStandardCommand>(CommandParser.Parse(text));
        Assert.Equal(measure, command.Measure);
        Assert.Equal(value, command.Value);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set standard lunches 2", CommandProblem.UnknownSetting)]
    [InlineData("set standard abc 2", CommandProblem.UnknownSetting)]
    [InlineData("设置标准 午饭 2", CommandProblem.UnknownSetting)]
    [InlineData("set standard visits", CommandProblem.MissingArgument)]
    [InlineData("set standard", CommandProblem.MissingArgument)]
    [InlineData("set standard visits eight", CommandProblem.BadNumber)]
    [InlineData("set standard visits 8.5", CommandProblem.BadNumber)]
    [InlineData("set standard visits -1", CommandProblem.BadNumber)]
    [InlineData("set standard visits 51", CommandProblem.BadNumber)]
    public void Bad_standard_settings_are_reported(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Theory]
    [InlineData("set reminders nudge 15", KickoffReminder.Nudge, 15)]
    [InlineData("set reminder nudge 10 min", KickoffReminder.Nudge, 10)]
    [InlineData("设置提醒 催交 15", KickoffReminder.Nudge, 15)]
    [InlineData("set reminders managers 30", KickoffReminder.Managers, 30)]
    [InlineData("设置提醒 经理 45分钟", KickoffReminder.Managers, 45)]
    [InlineData("set reminders board 20", KickoffReminder.Board, 20)]
    [InlineData("设置提醒 看板 ２０", KickoffReminder.Board, 20)]
    public void Reminder_offsets_are_manager_settings_in_minutes(string text, KickoffReminder reminder, int minutes)
    {
        var command = Assert.IsType<SetReminderCommand>(CommandParser.Parse(text));
        Assert.Equal(reminder, command.Reminder);
        Assert.Equal(minutes, command.Minutes);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set reminders nudge 0", CommandProblem.BadNumber)]
    [InlineData("set reminders nudge 241", CommandProblem.BadNumber)]
    [InlineData("set reminders nudge soon", CommandProblem.BadNumber)]
    [InlineData("set reminders lunch 15", CommandProblem.UnknownSetting)]
    [InlineData("set reminders board", CommandProblem.MissingArgument)]
    [InlineData("设置提醒", CommandProblem.MissingArgument)]
    public void Bad_reminder_settings_are_reported(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Theory]
    [InlineData("planning")]
    [InlineData("kickoff")]
    [InlineData("backwards")]
    [InlineData("早启动吧")]
    public void Near_misses_are_not_commands(string text) => Assert.IsType<UnknownCommand>(CommandParser.Parse(text));
}
