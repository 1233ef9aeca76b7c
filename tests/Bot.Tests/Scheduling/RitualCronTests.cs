using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Bot.Tests.Scheduling;

public class RitualCronTests
{
    [Fact]
    public void Default_kickoff_is_0740_Monday_to_Saturday()
    {
        Assert.Equal("0 40 7 ? * MON,TUE,WED,THU,FRI,SAT", RitualCron.For(new TimeOnly(7, 40), WorkWeek.MondayToSaturday));
    }

    [Fact]
    public void Work_days_are_listed_Monday_first_including_Sunday()
    {
        Assert.Equal("0 0 21 ? * MON,WED,SUN", RitualCron.For(new TimeOnly(21, 0), WorkWeek.Of(DayOfWeek.Sunday, DayOfWeek.Wednesday, DayOfWeek.Monday)));
    }

    [Fact]
    public void No_work_days_has_no_cron()
    {
        Assert.Throws<ArgumentException>(() => RitualCron.For(new TimeOnly(7, 40), new WorkWeek(0)));
    }

    [Theory]
    [InlineData("team-42", 42L)]
    [InlineData("team-x", null)]
    [InlineData("DEFAULT", null)]
    [InlineData("team--1", null)]
    public void Team_groups_are_recognised(string group, long? teamId)
    {
        Assert.Equal(teamId, RitualKeys.TeamIdOf(group));
    }
}
