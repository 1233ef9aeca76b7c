using IronArmy.Core.EveningShare;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.EveningShare;

public class EveningShareTimelineTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    private static readonly TeamSchedule NewYork = TeamSchedule.Default with { Zone = TeamZone.Of("America/New_York") };

    [Fact]
    public void Shanghai_share_its_follow_ups_and_the_digest_in_utc()
    {
        var t = EveningShareTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, RecapReminders.Default);

        Assert.Equal(Utc(2026, 6, 11, 10, 30), t.ShareUtc);
        Assert.Equal(Utc(2026, 6, 11, 11, 0), t.NudgeUtc);
        Assert.Equal(Utc(2026, 6, 11, 11, 30), t.ManagersUtc);
        Assert.Equal(Utc(2026, 6, 11, 13, 0), t.DigestUtc);
        Assert.True(t.BeforeDigest(t.ManagersUtc));
    }

    [Fact]
    public void New_York_share_follows_the_clock_change()
    {
        // Clocks went forward on Sunday 2026-03-08: Saturday is EST (UTC-5), Monday EDT (UTC-4).
        var saturday = EveningShareTimeline.For(new DateOnly(2026, 3, 7), NewYork, RecapReminders.Default);
        var monday = EveningShareTimeline.For(new DateOnly(2026, 3, 9), NewYork, RecapReminders.Default);

        Assert.Equal(Utc(2026, 3, 7, 23, 30), saturday.ShareUtc);
        Assert.Equal(Utc(2026, 3, 9, 22, 30), monday.ShareUtc);
        Assert.Equal(Utc(2026, 3, 9, 23, 0), monday.NudgeUtc);
        Assert.Equal(Utc(2026, 3, 10, 1, 0), monday.DigestUtc);
    }

    [Fact]
    public void Offsets_are_team_settings()
    {
        var t = EveningShareTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, new RecapReminders(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(100)));

        Assert.Equal(TimeSpan.FromMinutes(10), t.NudgeUtc - t.ShareUtc);
        Assert.Equal(TimeSpan.FromMinutes(100), t.ManagersUtc - t.ShareUtc);
    }

    [Fact]
    public void A_round_started_late_keeps_the_offsets_from_when_it_started_and_the_digest_stays()
    {
        var t = EveningShareTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, RecapReminders.Default);
        var started = t.ShareUtc.AddMinutes(45);

        var late = t.StartedAt(started);

        Assert.Equal(started, late.ShareUtc);
        Assert.Equal(started.AddMinutes(30), late.NudgeUtc);
        Assert.Equal(started.AddMinutes(60), late.ManagersUtc);
        Assert.Equal(t.DigestUtc, late.DigestUtc);
    }

    [Fact]
    public void A_round_started_before_the_share_time_keeps_the_schedule()
    {
        var t = EveningShareTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, RecapReminders.Default);

        Assert.Equal(t, t.StartedAt(t.ShareUtc.AddHours(-2)));
        Assert.Equal(t, t.StartedAt(t.ShareUtc));
    }

    [Fact]
    public void Nothing_follows_at_or_after_the_digest()
    {
        // Share 20:30, digest 21:00, managers' list at +60: it would come after the digest, so it is skipped.
        var schedule = TeamSchedule.Default with { EveningShare = new TimeOnly(20, 30) };
        var t = EveningShareTimeline.For(new DateOnly(2026, 6, 11), schedule, RecapReminders.Default);

        Assert.False(t.BeforeDigest(t.ManagersUtc));
        Assert.False(t.BeforeDigest(t.DigestUtc));
        Assert.True(t.BeforeDigest(t.NudgeUtc.AddSeconds(-1)));
    }

    [Fact]
    public void A_late_start_can_push_the_list_past_the_digest()
    {
        var t = EveningShareTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, RecapReminders.Default);

        var late = t.StartedAt(t.DigestUtc.AddMinutes(-40));

        Assert.True(late.BeforeDigest(late.NudgeUtc));
        Assert.False(late.BeforeDigest(late.ManagersUtc));
    }

    [Fact]
    public void The_recap_closes_at_the_digest()
    {
        var day = new DateOnly(2026, 6, 11);
        Assert.Equal(Utc(2026, 6, 11, 13, 0), EveningShareTimeline.ClosesAt(day, TeamSchedule.Default));
        Assert.True(EveningShareTimeline.CanEdit(Utc(2026, 6, 11, 12, 59), day, TeamSchedule.Default));
        Assert.False(EveningShareTimeline.CanEdit(Utc(2026, 6, 11, 13, 0), day, TeamSchedule.Default));
    }
}
