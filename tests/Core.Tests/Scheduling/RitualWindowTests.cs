using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Scheduling;

public class RitualWindowTests
{
    private static readonly DateOnly Day = new(2026, 6, 11);

    private static DateTime Utc(int h, int mi) => new(2026, 6, 11, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void The_kickoff_closes_at_the_share_and_the_share_at_the_digest()
    {
        // Shanghai: the share at 18:30 is 10:30 UTC, the digest at 21:00 is 13:00 UTC.
        Assert.True(RitualWindow.IsOpen(Ritual.Kickoff, Day, TeamSchedule.Default, Utc(10, 29)));
        Assert.False(RitualWindow.IsOpen(Ritual.Kickoff, Day, TeamSchedule.Default, Utc(10, 30)));
        Assert.True(RitualWindow.IsOpen(Ritual.EveningShare, Day, TeamSchedule.Default, Utc(12, 59)));
        Assert.False(RitualWindow.IsOpen(Ritual.EveningShare, Day, TeamSchedule.Default, Utc(13, 0)));
    }

    [Fact]
    public void The_digest_never_closes()
    {
        Assert.Null(RitualWindow.ClosesAt(Ritual.Digest, Day, TeamSchedule.Default));
        Assert.True(RitualWindow.IsOpen(Ritual.Digest, Day, TeamSchedule.Default, Utc(23, 59)));
    }
}
