using IronArmy.Core.Scheduling;

namespace IronArmy.Core.Tests.Scheduling;

public class MissedFirePolicyTests
{
    private static readonly DateTime Scheduled = new(2026, 6, 10, 23, 40, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Hour = TimeSpan.FromMinutes(60);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(60)]
    public void Runs_when_at_most_the_tolerance_late(int minutesLate)
    {
        Assert.True(MissedFirePolicy.ShouldRun(Scheduled, Scheduled.AddMinutes(minutesLate), Hour));
    }

    [Theory]
    [InlineData(61)]
    [InlineData(180)]
    [InlineData(24 * 60)]
    public void Skips_when_later_than_the_tolerance(int minutesLate)
    {
        Assert.False(MissedFirePolicy.ShouldRun(Scheduled, Scheduled.AddMinutes(minutesLate), Hour));
    }

    [Fact]
    public void A_fire_observed_before_its_scheduled_instant_runs()
    {
        // Clock skew between instances can make "now" a little earlier than the scheduled time.
        Assert.True(MissedFirePolicy.ShouldRun(Scheduled, Scheduled.AddSeconds(-2), Hour));
    }

    [Fact]
    public void The_tolerance_is_a_setting()
    {
        var late = Scheduled.AddMinutes(20);
        Assert.False(MissedFirePolicy.ShouldRun(Scheduled, late, TimeSpan.FromMinutes(15)));
        Assert.True(MissedFirePolicy.ShouldRun(Scheduled, late, TimeSpan.FromMinutes(30)));
    }
}
