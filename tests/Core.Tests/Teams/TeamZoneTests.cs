using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Teams;

public class TeamZoneTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    private static readonly TeamZone Shanghai = TeamZone.Of("Asia/Shanghai");
    private static readonly TeamZone NewYork = TeamZone.Of("America/New_York");

    [Fact]
    public void Same_instant_is_a_different_work_date_in_Shanghai_and_Los_Angeles()
    {
        // 2026-06-10 23:40 UTC: Thursday 07:40 in Shanghai (UTC+8), Wednesday 16:40 in Los Angeles (PDT, UTC-7).
        var instant = Utc(2026, 6, 10, 23, 40);

        Assert.Equal(new DateOnly(2026, 6, 11), Shanghai.DateOf(instant));
        Assert.Equal(new TimeOnly(7, 40), Shanghai.TimeOf(instant));
        Assert.Equal(new DateOnly(2026, 6, 10), TeamZone.Of("America/Los_Angeles").DateOf(instant));
        Assert.Equal(new TimeOnly(16, 40), TeamZone.Of("America/Los_Angeles").TimeOf(instant));
    }

    [Fact]
    public void Local_of_is_the_wall_clock_date_and_time()
    {
        var local = Shanghai.LocalOf(Utc(2026, 6, 10, 23, 40));

        Assert.Equal(new DateTime(2026, 6, 11, 7, 40, 0), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Fact]
    public void At_is_the_inverse_of_date_and_time_of()
    {
        var instant = Shanghai.At(new DateOnly(2026, 6, 11), new TimeOnly(7, 40));

        Assert.Equal(Utc(2026, 6, 10, 23, 40), instant);
        Assert.Equal(DateTimeKind.Utc, instant.Kind);
        Assert.Equal(new DateOnly(2026, 6, 11), Shanghai.DateOf(instant));
        Assert.Equal(new TimeOnly(7, 40), Shanghai.TimeOf(instant));
    }

    [Fact]
    public void An_unspecified_instant_is_read_as_utc_and_a_local_one_is_refused()
    {
        Assert.Equal(new DateOnly(2026, 6, 11), Shanghai.DateOf(new DateTime(2026, 6, 10, 23, 40, 0, DateTimeKind.Unspecified)));
        Assert.Throws<ArgumentException>(() => Shanghai.DateOf(new DateTime(2026, 6, 10, 23, 40, 0, DateTimeKind.Local)));
    }

    [Fact]
    public void Work_date_follows_the_new_offset_right_after_spring_forward()
    {
        // New York moved to EDT (UTC-4) at 2026-03-08 02:00 local. 04:30 UTC on the 9th is
        // 00:30 Monday under EDT; under the old EST offset it would still have been Sunday 23:30.
        Assert.Equal(new DateOnly(2026, 3, 9), NewYork.DateOf(Utc(2026, 3, 9, 4, 30)));
    }

    [Fact]
    public void Work_date_follows_the_old_offset_right_before_fall_back()
    {
        // New York returns to EST at 2026-11-01 02:00 EDT. 03:30 UTC on the 1st is Saturday 23:30 EDT.
        Assert.Equal(new DateOnly(2026, 10, 31), NewYork.DateOf(Utc(2026, 11, 1, 3, 30)));
        // 04:30 UTC is 00:30 EDT Sunday, before the clocks go back.
        Assert.Equal(new DateOnly(2026, 11, 1), NewYork.DateOf(Utc(2026, 11, 1, 4, 30)));
    }

    [Fact]
    public void A_local_time_the_clocks_skip_is_moved_on_by_the_gap()
    {
        // 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT, so 02:30 never shows on a clock.
        // Kept behaviour (as WorkDay.At had it): the time is read with the offset before the gap
        // (EST, UTC-5), which lands at 07:30 UTC = 03:30 EDT — an hour on, the size of the gap.
        var instant = NewYork.At(new DateOnly(2026, 3, 8), new TimeOnly(2, 30));

        Assert.Equal(Utc(2026, 3, 8, 7, 30), instant);
        Assert.Equal(new TimeOnly(3, 30), NewYork.TimeOf(instant));
        Assert.Equal(new DateOnly(2026, 3, 8), NewYork.DateOf(instant));
    }

    [Fact]
    public void A_half_hour_gap_moves_the_time_on_by_half_an_hour()
    {
        // Lord Howe Island springs forward by 30 minutes: on 2026-10-04 02:00 (UTC+10:30) becomes 02:30 (UTC+11).
        var lordHowe = TeamZone.Of("Australia/Lord_Howe");
        var instant = lordHowe.At(new DateOnly(2026, 10, 4), new TimeOnly(2, 15));

        Assert.Equal(Utc(2026, 10, 3, 15, 45), instant);
        Assert.Equal(new TimeOnly(2, 45), lordHowe.TimeOf(instant));
    }

    [Fact]
    public void A_local_time_that_happens_twice_is_the_first_occurrence()
    {
        // 2026-11-01 in New York: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
        // Kept behaviour: the first one, under the offset before the change.
        var instant = NewYork.At(new DateOnly(2026, 11, 1), new TimeOnly(1, 30));

        Assert.Equal(Utc(2026, 11, 1, 5, 30), instant);
        Assert.Equal(new TimeOnly(1, 30), NewYork.TimeOf(instant));
        Assert.Equal(new TimeOnly(1, 30), NewYork.TimeOf(instant.AddHours(1)));
    }

    [Fact]
    public void An_unknown_zone_is_refused_where_it_enters()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => TeamZone.Of("Mars/Olympus_Mons"));
        Assert.False(TeamZone.TryFind("Mars/Olympus_Mons", out var zone));
        Assert.Null(zone);
    }

    [Fact]
    public void A_windows_id_is_held_by_its_iana_id()
    {
        Assert.True(TeamZone.TryFind("China Standard Time", out var zone));

        Assert.Equal("Asia/Shanghai", zone.Id);
        Assert.Equal("Asia/Shanghai", zone.TimeZoneInfo.Id);
        Assert.Equal(Shanghai, zone);
    }

    [Fact]
    public void A_stored_zone_this_machine_does_not_know_loads_and_fails_when_used()
    {
        // A row written before zones were checked (or a zone the machine's database lacks) must not
        // stop the other teams loading; the team itself fails as the plain id string did.
        var stored = TeamZone.FromStored("Nowhere/Atlantis");

        Assert.Equal("Nowhere/Atlantis", stored.Id);
        Assert.Throws<TimeZoneNotFoundException>(() => stored.DateOf(Utc(2026, 6, 10, 0, 0)));
        Assert.Throws<TimeZoneNotFoundException>(() => stored.At(new DateOnly(2026, 6, 10), new TimeOnly(7, 40)));
        Assert.Throws<TimeZoneNotFoundException>(() => stored.TimeZoneInfo);
    }

    [Fact]
    public void Zones_are_equal_by_id()
    {
        Assert.Equal(Shanghai, TeamZone.FromStored("Asia/Shanghai"));
        Assert.True(Shanghai == TeamZone.Of("Asia/Shanghai"));
        Assert.NotEqual(Shanghai, NewYork);
        Assert.Equal(Shanghai.GetHashCode(), TeamZone.FromStored("Asia/Shanghai").GetHashCode());
        Assert.Equal("Asia/Shanghai", Shanghai.ToString());
    }

    [Fact]
    public void The_default_schedule_is_in_Shanghai() =>
        Assert.Equal(Shanghai, TeamSchedule.Default.Zone);
}
