using IronArmy.Core.Commands;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Commands;

public class CommandParserTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("  HELP ")]
    [InlineData("帮助")]
    public void Help_in_both_languages(string text) => Assert.IsType<HelpCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("status")]
    [InlineData("状态")]
    public void Status_is_a_manager_command(string text)
    {
        var command = CommandParser.Parse(text);
        Assert.IsType<StatusCommand>(command);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set kickoff 07:40", Ritual.Kickoff, 7, 40)]
    [InlineData("set kickoff 7:05", Ritual.Kickoff, 7, 5)]
    [InlineData("设置早启动 ０８：１５", Ritual.Kickoff, 8, 15)]
    [InlineData("set share 18:30", Ritual.EveningShare, 18, 30)]
    [InlineData("设置晚分享19:00", Ritual.EveningShare, 19, 0)]
    [InlineData("Set Digest 21:45", Ritual.Digest, 21, 45)]
    [InlineData("设置汇总 22:00", Ritual.Digest, 22, 0)]
    public void Ritual_times(string text, Ritual ritual, int hour, int minute)
    {
        var command = Assert.IsType<SetRitualTimeCommand>(CommandParser.Parse(text));
        Assert.Equal(ritual, command.Ritual);
        Assert.Equal(new TimeOnly(hour, minute), command.Time);
    }

    [Theory]
    [InlineData("set kickoff 25:00", CommandProblem.BadTime)]
    [InlineData("set kickoff 7:4", CommandProblem.BadTime)]
    [InlineData("set kickoff soon", CommandProblem.BadTime)]
    [InlineData("set kickoff", CommandProblem.MissingArgument)]
    [InlineData("set timezone Mars/Olympus", CommandProblem.UnknownTimeZone)]
    [InlineData("set timezone", CommandProblem.MissingArgument)]
    [InlineData("set workdays Funday", CommandProblem.BadWorkDays)]
    [InlineData("set workdays Sat-Mon", CommandProblem.BadWorkDays)]
    public void Bad_arguments_are_reported_not_guessed(string text, CommandProblem problem)
    {
        var command = Assert.IsType<InvalidCommand>(CommandParser.Parse(text));
        Assert.Equal(problem, command.Problem);
    }

    [Theory]
    [InlineData("set timezone Asia/Shanghai", "Asia/Shanghai")]
    [InlineData("设置时区 America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("set timezone China Standard Time", "Asia/Shanghai")]
    public void Time_zones_are_stored_as_iana_ids(string text, string expected)
    {
        var command = Assert.IsType<SetTimeZoneCommand>(CommandParser.Parse(text));
        Assert.Equal(expected, command.Zone.Id);
    }

    [Fact]
    public void Time_zone_keeps_its_case() =>
        Assert.Equal("Europe/London", Assert.IsType<SetTimeZoneCommand>(CommandParser.Parse("SET TIMEZONE Europe/London")).Zone.Id);

    [Theory]
    [InlineData("set workdays Mon-Sat", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday })]
    [InlineData("set workdays mon-fri,sun", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Sunday })]
    [InlineData("设置工作日 周一至周五", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })]
    [InlineData("设置工作日 周一，周三、周五", new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })]
    public void Work_days(string text, DayOfWeek[] expected)
    {
        var command = Assert.IsType<SetWorkDaysCommand>(CommandParser.Parse(text));
        Assert.Equal(expected.OrderBy(d => d), command.WorkDays.Days.OrderBy(d => d));
    }

    [Theory]
    [InlineData("add manager <at>Li Lei</at>")]
    [InlineData("添加经理 <at>李雷</at>")]
    public void Add_manager(string text) => Assert.IsType<AddManagerCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("hello there")]
    [InlineData("早上好")]
    [InlineData("")]
    [InlineData("setkickoff 07:40")]
    public void Anything_else_is_unknown(string text) => Assert.IsType<UnknownCommand>(CommandParser.Parse(text));
}
