using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;

namespace IronArmy.Core.Tests.Kickoff;

public class KickoffTimelineTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    private static readonly TeamSchedule NewYork = TeamSchedule.Default with { Zone = TeamZone.Of("America/New_York") };

    [Fact]
    public void Shanghai_kickoff_is_the_evening_before_in_utc()
    {
        var t = KickoffTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, KickoffReminders.Default);

        Assert.Equal(Utc(2026, 6, 10, 23, 40), t.KickoffUtc);
        Assert.Equal(Utc(2026, 6, 10, 23, 55), t.NudgeUtc);
        Assert.Equal(Utc(2026, 6, 11, 0, 0), t.BoardUtc);
        Assert.Equal(Utc(2026, 6, 11, 0, 10), t.ManagersUtc);
        Assert.Equal(Utc(2026, 6, 11, 10, 30), t.EditsCloseUtc);
        Assert.All(new[] { t.KickoffUtc, t.NudgeUtc, t.ManagersUtc, t.BoardUtc, t.EditsCloseUtc }, i => Assert.Equal(DateTimeKind.Utc, i.Kind));
    }

    [Fact]
    public void New_York_kickoff_moves_an_hour_earlier_in_utc_across_spring_forward()
    {
        // Clocks went forward on Sunday 2026-03-08: Saturday is EST (UTC-5), Monday EDT (UTC-4).
        var saturday = KickoffTimeline.For(new DateOnly(2026, 3, 7), NewYork, KickoffReminders.Default);
        var sunday = KickoffTimeline.For(new DateOnly(2026, 3, 8), NewYork, KickoffReminders.Default);
        var monday = KickoffTimeline.For(new DateOnly(2026, 3, 9), NewYork, KickoffReminders.Default);

        Assert.Equal(Utc(2026, 3, 7, 12, 40), saturday.KickoffUtc);
        Assert.Equal(Utc(2026, 3, 8, 11, 40), sunday.KickoffUtc);
        Assert.Equal(Utc(2026, 3, 9, 11, 40), monday.KickoffUtc);
        Assert.Equal(Utc(2026, 3, 9, 11, 55), monday.NudgeUtc);
        Assert.Equal(Utc(2026, 3, 9, 22, 30), monday.EditsCloseUtc);
    }

    [Fact]
    public void Follow_ups_are_real_minutes_after_a_kickoff_just_before_the_clock_change()
    {
        // A 01:50 kickoff on spring-forward night: 15 minutes later the wall clock reads 03:05.
        var early = NewYork with { Kickoff = new TimeOnly(1, 50) };
        var t = KickoffTimeline.For(new DateOnly(2026, 3, 8), early, KickoffReminders.Default);

        Assert.Equal(Utc(2026, 3, 8, 6, 50), t.KickoffUtc);
        Assert.Equal(TimeSpan.FromMinutes(15), t.NudgeUtc - t.KickoffUtc);
    }

    [Fact]
    public void A_kickoff_in_the_skipped_hour_moves_forward_by_the_gap()
    {
        var skipped = NewYork with { Kickoff = new TimeOnly(2, 30) };
        // 02:30 does not exist on 2026-03-08; it runs at 03:30 EDT = 07:30 UTC.
        Assert.Equal(Utc(2026, 3, 8, 7, 30), KickoffTimeline.For(new DateOnly(2026, 3, 8), skipped, KickoffReminders.Default).KickoffUtc);
    }

    [Fact]
    public void A_kickoff_in_the_repeated_hour_is_the_first_one()
    {
        var repeated = NewYork with { Kickoff = new TimeOnly(1, 30) };
        // 01:30 happens twice on 2026-11-01; the first is EDT (UTC-4).
        Assert.Equal(Utc(2026, 11, 1, 5, 30), KickoffTimeline.For(new DateOnly(2026, 11, 1), repeated, KickoffReminders.Default).KickoffUtc);
    }

    [Fact]
    public void Custom_offsets_are_team_settings()
    {
        var reminders = KickoffReminders.Default.With(KickoffReminder.Nudge, TimeSpan.FromMinutes(5)).With(KickoffReminder.Board, TimeSpan.FromMinutes(45));
        var t = KickoffTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, reminders);

        Assert.Equal(t.KickoffUtc.AddMinutes(5), t.NudgeUtc);
        Assert.Equal(t.KickoffUtc.AddMinutes(30), t.ManagersUtc);
        Assert.Equal(t.KickoffUtc.AddMinutes(45), t.BoardUtc);
    }

    [Fact]
    public void Edits_are_allowed_until_the_evening_share_not_at_it()
    {
        var date = new DateOnly(2026, 6, 11);
        var share = Utc(2026, 6, 11, 10, 30); // 18:30 Shanghai

        Assert.True(KickoffTimeline.CanEdit(share.AddTicks(-1), date, TeamSchedule.Default));
        Assert.False(KickoffTimeline.CanEdit(share, date, TeamSchedule.Default));
        Assert.False(KickoffTimeline.CanEdit(share.AddHours(1), date, TeamSchedule.Default));
        Assert.True(KickoffTimeline.CanEdit(Utc(2026, 6, 10, 23, 0), date, TeamSchedule.Default));
    }

    [Fact]
    public void Edit_deadline_follows_the_shifted_share_time_and_zone()
    {
        var date = new DateOnly(2026, 3, 9);
        var lateShare = NewYork with { EveningShare = new TimeOnly(19, 0) };
        // 19:00 EDT = 23:00 UTC.
        Assert.True(KickoffTimeline.CanEdit(Utc(2026, 3, 9, 22, 59), date, lateShare));
        Assert.False(KickoffTimeline.CanEdit(Utc(2026, 3, 9, 23, 0), date, lateShare));
    }

    [Fact]
    public void The_board_goes_at_its_time_or_when_everyone_has_submitted()
    {
        var t = KickoffTimeline.For(new DateOnly(2026, 6, 11), TeamSchedule.Default, KickoffReminders.Default);
        var before = t.BoardUtc.AddMinutes(-1);

        Assert.False(t.BoardDue(before, repsDue: 5, repsSubmitted: 4));
        Assert.True(t.BoardDue(before, repsDue: 5, repsSubmitted: 5));
        Assert.True(t.BoardDue(t.BoardUtc, repsDue: 5, repsSubmitted: 0));
        Assert.False(t.BoardDue(before, repsDue: 0, repsSubmitted: 0));
    }

    private static readonly TeamCalendar MondayToFriday = TeamCalendar.Weekly(
        WorkWeek.Of(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday));

    [Fact]
    public void Words_sent_after_the_share_go_to_the_next_work_day()
    {
        // Friday 2026-06-12 in Shanghai: edits close at 18:30 = 10:30 UTC.
        var friday = new DateOnly(2026, 6, 12);
        Assert.False(KickoffTimeline.CanEdit(Utc(2026, 6, 12, 10, 30), friday, TeamSchedule.Default));
        Assert.Equal(new DateOnly(2026, 6, 15), KickoffTimeline.DraftDay(Utc(2026, 6, 12, 10, 30), friday, TeamSchedule.Default, MondayToFriday));
        Assert.Equal(Utc(2026, 6, 12, 10, 30), KickoffTimeline.EditsCloseAt(friday, TeamSchedule.Default));
    }

    [Fact]
    public void Words_sent_after_midnight_for_yesterday_fill_in_today_while_it_is_open()
    {
        var thursday = new DateOnly(2026, 6, 11);
        // 01:00 on Friday in Shanghai: Thursday closed, Friday open until its share.
        Assert.Equal(new DateOnly(2026, 6, 12), KickoffTimeline.DraftDay(Utc(2026, 6, 11, 17, 0), thursday, TeamSchedule.Default, MondayToFriday));
    }

    [Fact]
    public void A_plan_written_tonight_for_tomorrow_keeps_its_day()
    {
        var monday = new DateOnly(2026, 6, 15);
        Assert.Equal(monday, KickoffTimeline.DraftDay(Utc(2026, 6, 12, 12, 0), monday, TeamSchedule.Default, MondayToFriday));
    }

    [Fact]
    public void No_draft_day_without_a_work_day_ahead()
    {
        Assert.Null(KickoffTimeline.DraftDay(Utc(2026, 6, 12, 12, 0), new DateOnly(2026, 6, 12), TeamSchedule.Default, TeamCalendar.Weekly(new WorkWeek(0))));
    }
}
