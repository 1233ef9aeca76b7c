using IronArmy.Core.Commands;

namespace IronArmy.Core.Tests.Commands;

public class RideAlongCommandTests
{
    [Theory]
    [InlineData("ride", null)]
    [InlineData("Ride <at>Li Lei</at>", "Li Lei")]
    [InlineData("ride @Li Lei", "Li Lei")]
    [InlineData("陪访", null)]
    [InlineData("陪访 @李雷", "李雷")]
    [InlineData("陪访@李雷", "李雷")]
    [InlineData("ride-along Han Meimei", "Han Meimei")]
    public void Ride_opens_the_form_naming_the_rep_as_typed(string text, string? rep)
    {
        var command = Assert.IsType<RideAlongCommand>(CommandParser.Parse(text));
        Assert.Equal(rep, command.RepName);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("coaching", null)]
    [InlineData("coaching <at>Li Lei</at>", "Li Lei")]
    [InlineData("辅导 @李雷", "李雷")]
    [InlineData("辅导记录 李雷", "李雷")]
    public void Coaching_shows_the_history(string text, string? rep)
    {
        var command = Assert.IsType<CoachingHistoryCommand>(CommandParser.Parse(text));
        Assert.Equal(rep, command.RepName);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set rides per week 3", 3)]
    [InlineData("set rides 5", 5)]
    [InlineData("设置陪访 每周 3", 3)]
    [InlineData("设置陪访 4次", 4)]
    [InlineData("设置陪访 每周３", 3)]
    public void Rides_per_week_is_a_whole_number(string text, int perWeek)
    {
        var command = Assert.IsType<SetRidesPerWeekCommand>(CommandParser.Parse(text));
        Assert.Equal(perWeek, command.PerWeek);
        Assert.True(command.RequiresManager);
    }

    [Theory]
    [InlineData("set rides per week", CommandProblem.MissingArgument)]
    [InlineData("set rides per week 0", CommandProblem.BadNumber)]
    [InlineData("set rides per week 21", CommandProblem.BadNumber)]
    [InlineData("设置陪访 每周 很多", CommandProblem.BadNumber)]
    public void A_bad_rhythm_says_why(string text, CommandProblem problem)
    {
        var command = Assert.IsType<InvalidCommand>(CommandParser.Parse(text));
        Assert.Equal(problem, command.Problem);
        Assert.Equal("set rides per week 3", command.Usage);
    }

    [Fact]
    public void Words_that_only_start_like_ride_are_not_a_ride_along() =>
        Assert.IsType<UnknownCommand>(CommandParser.Parse("rides"));
}
