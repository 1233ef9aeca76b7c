using IronArmy.Bot.Scheduling;

namespace IronArmy.Bot.Tests.Scheduling;

public class RitualCronTests
{
    [Fact]
    public void Rituals_fire_every_day_at_their_local_time()
    {
        // The team calendar, not the cron, decides work days: holidays and make-up days included.
        Assert.Equal("0 40 7 ? * *", RitualCron.For(new TimeOnly(7, 40)));
        Assert.Equal("0 0 21 ? * *", RitualCron.For(new TimeOnly(21, 0)));
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
