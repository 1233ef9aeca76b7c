using IronArmy.Core.Commands;
using IronArmy.Core.Tiers;

namespace IronArmy.Core.Tests.Commands;

public class TierCommandTests
{
    [Theory]
    [InlineData("271")]
    [InlineData(" 271 ")]
    [InlineData("二七一")]
    public void The_tiers_card_is_asked_for_in_either_language(string text) =>
        Assert.IsType<ShowTiersCommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("set 271 window 20", 20)]
    [InlineData("set 271 window 30 days", 30)]
    [InlineData("设置271 窗口 20", 20)]
    [InlineData("设置271 窗口25", 25)]
    [InlineData("设置二七一 窗口 10天", 10)]
    public void The_window_is_set_in_due_days(string text, int days) =>
        Assert.Equal(new SetTierWindowCommand(days), CommandParser.Parse(text));

    [Theory]
    [InlineData("set 271 weights 40 25 20 15", 40, 25, 20, 15)]
    [InlineData("设置271 权重 40，25，20，15", 40, 25, 20, 15)]
    [InlineData("set 271 weights 0 0 1 0", 0, 0, 1, 0)]
    public void The_weights_are_four_numbers(string text, int amount, int validNew, int visits, int movedToA) =>
        Assert.Equal(new SetTierWeightsCommand(new TierWeights(amount, validNew, visits, movedToA)), CommandParser.Parse(text));

    [Theory]
    [InlineData("set 271 window 0", CommandProblem.BadNumber)]
    [InlineData("set 271 window 4", CommandProblem.BadNumber)]
    [InlineData("set 271 window 121", CommandProblem.BadNumber)]
    [InlineData("set 271 window -3", CommandProblem.BadNumber)]
    [InlineData("set 271 window", CommandProblem.MissingArgument)]
    [InlineData("set 271 weights", CommandProblem.MissingArgument)]
    [InlineData("set 271 weights 40 25 20", CommandProblem.BadWeights)]
    [InlineData("set 271 weights 40 25 20 15 5", CommandProblem.BadWeights)]
    [InlineData("set 271 weights 0 0 0 0", CommandProblem.BadWeights)]
    [InlineData("set 271 weights 40 -25 20 15", CommandProblem.BadWeights)]
    [InlineData("set 271 weights 40 2.5 20 15", CommandProblem.BadWeights)]
    [InlineData("设置271 权重 四十 25 20 15", CommandProblem.BadWeights)]
    [InlineData("set 271 colour blue", CommandProblem.UnknownSetting)]
    public void Bad_settings_are_refused_with_the_reason(string text, CommandProblem problem) =>
        Assert.Equal(problem, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Problem);

    [Fact]
    public void Setting_is_for_managers_and_asking_is_for_everyone()
    {
        Assert.False(new ShowTiersCommand().RequiresManager);
        Assert.True(new SetTierWindowCommand(20).RequiresManager);
        Assert.True(new SetTierWeightsCommand(TierWeights.Default).RequiresManager);
    }
}
