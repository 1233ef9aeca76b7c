using IronArmy.Bot.Scheduling;
using IronArmy.Core.Teams;
using Quartz;

namespace IronArmy.Bot.Tests.Scheduling;

public sealed class TeamSchedulesTests : IAsyncLifetime
{
    // Wednesday 2026-06-10 08:00 in Shanghai.
    private static readonly DateTime Now = new(2026, 6, 10, 0, 0, 0, DateTimeKind.Utc);
    private readonly SchedulingFixture _f = new(Now);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        _f.DeleteDatabase();
    }

    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Scheduling_a_team_creates_three_cron_triggers_in_its_zone()
    {
        await _f.Schedules.ScheduleAsync(7, TeamSchedule.Default);

        var scheduler = await _f.Scheduler();
        var expected = new Dictionary<Ritual, string>
        {
            [Ritual.Kickoff] = "0 40 7 ? * *",
            [Ritual.EveningShare] = "0 30 18 ? * *",
            [Ritual.Digest] = "0 0 21 ? * *",
        };
        foreach (var (ritual, cron) in expected)
        {
            var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(RitualKeys.Trigger(7, ritual)));
            Assert.Equal(cron, trigger.CronExpressionString);
            Assert.Equal("Asia/Shanghai", trigger.TimeZone.Id);
            Assert.Equal(new JobKey(RitualKeys.Name(ritual), "team-7"), trigger.JobKey);
            Assert.Equal(typeof(RitualJob), (await scheduler.GetJobDetail(trigger.JobKey))!.JobType.Type);
        }

        var next = await _f.Schedules.NextFiresAsync(7);
        Assert.Equal(Utc(2026, 6, 10, 23, 40), next[Ritual.Kickoff]); // Thursday 07:40 +08:00
        Assert.Equal(Utc(2026, 6, 10, 10, 30), next[Ritual.EveningShare]); // today 18:30 +08:00
        Assert.Equal(Utc(2026, 6, 10, 13, 0), next[Ritual.Digest]); // today 21:00 +08:00
    }

    [Fact]
    public async Task Changing_the_settings_reschedules_and_moves_the_next_fire()
    {
        await _f.Schedules.ScheduleAsync(7, TeamSchedule.Default);

        var changed = TeamSchedule.Default with { Kickoff = new TimeOnly(8, 15), Zone = TeamZone.Of("America/Los_Angeles") };
        await _f.Schedules.ScheduleAsync(7, changed);

        var scheduler = await _f.Scheduler();
        var kickoff = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(RitualKeys.Trigger(7, Ritual.Kickoff)));
        Assert.Equal("0 15 8 ? * *", kickoff.CronExpressionString);
        Assert.Equal("America/Los_Angeles", kickoff.TimeZone.Id);
        var next = await _f.Schedules.NextFiresAsync(7);
        // Now is Tuesday 17:00 in Los Angeles (PDT, UTC-7): next kickoff Wednesday 08:15 = 15:15 UTC.
        Assert.Equal(Utc(2026, 6, 10, 15, 15), next[Ritual.Kickoff]);
        Assert.Equal(Utc(2026, 6, 10, 1, 30), next[Ritual.EveningShare]); // today, Tuesday 18:30 PDT
        Assert.Equal(3, next.Count);
        Assert.Equal(["team-7"], await scheduler.GetJobGroupNames());
    }

    [Fact]
    public async Task Scheduling_the_same_settings_again_keeps_the_stored_triggers()
    {
        await _f.Schedules.ScheduleAsync(7, TeamSchedule.Default);
        var scheduler = await _f.Scheduler();
        var before = (await scheduler.GetTrigger(RitualKeys.Trigger(7, Ritual.Kickoff)))!.StartTimeUtc;

        _f.Clock.Advance(TimeSpan.FromHours(3));
        await _f.Schedules.ScheduleAsync(7, TeamSchedule.Default);

        // Replacing it would restart it from "now" and drop a fire still within the misfire tolerance.
        Assert.Equal(before, (await scheduler.GetTrigger(RitualKeys.Trigger(7, Ritual.Kickoff)))!.StartTimeUtc);
    }

    [Fact]
    public async Task Unscheduling_removes_the_teams_triggers_and_jobs_only()
    {
        await _f.Schedules.ScheduleAsync(7, TeamSchedule.Default);
        await _f.Schedules.ScheduleAsync(8, TeamSchedule.Default);

        await _f.Schedules.UnscheduleAsync(7);

        var scheduler = await _f.Scheduler();
        Assert.Empty(await _f.Schedules.NextFiresAsync(7));
        foreach (var ritual in RitualKeys.All)
            Assert.False(await scheduler.Exists(RitualKeys.Job(7, ritual)));
        Assert.Equal(3, (await _f.Schedules.NextFiresAsync(8)).Count);
        Assert.Equal(new HashSet<long> { 8 }, await _f.Schedules.ScheduledTeamsAsync());
    }

    [Fact]
    public async Task The_next_fires_skip_days_the_team_does_not_work()
    {
        await _f.Schedules.ScheduleAsync(7, TeamSchedule.Default);
        var all = await _f.Schedules.NextFiresAsync(7);
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(all[Ritual.Kickoff], TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));

        // A holiday on the first fire's date: the next fire shown is the day after.
        var next = await _f.Schedules.NextFiresAsync(7, utc => TeamZone.Of("Asia/Shanghai").DateOf(utc) != firstDay);

        Assert.Equal(all[Ritual.Kickoff].AddDays(1), next[Ritual.Kickoff]);
    }

    [Fact]
    public async Task Kickoff_in_a_DST_week_fires_at_0740_local_on_both_sides_of_the_change()
    {
        // New York springs forward on Sunday 2026-03-08. Start on Thursday 2026-03-05 19:00 EST.
        await using var march = new SchedulingFixture(Utc(2026, 3, 6, 0, 0));
        await march.Schedules.ScheduleAsync(9, TeamSchedule.Default with { Zone = TeamZone.Of("America/New_York") });

        var trigger = (await (await march.Scheduler()).GetTrigger(RitualKeys.Trigger(9, Ritual.Kickoff)))!;
        var fires = FiresAfter(trigger, march.Clock.GetUtcNow(), 3);
        march.DeleteDatabase();

        Assert.Equal(
            [Utc(2026, 3, 6, 12, 40), Utc(2026, 3, 7, 12, 40), Utc(2026, 3, 8, 11, 40)], // Fri, Sat at EST; Sunday (the change) at EDT
            fires);
    }

    [Fact]
    public async Task A_kickoff_inside_the_spring_forward_gap_fires_once_when_the_gap_ends()
    {
        // 02:30 does not exist in New York on 2026-03-08 (02:00 EST jumps to 03:00 EDT). Quartz fires
        // at 03:00 EDT that day: the ritual still happens once, on its own work date, 30 minutes "late".
        await using var march = new SchedulingFixture(Utc(2026, 3, 6, 0, 0));
        var everyDay = new TeamSchedule(TeamZone.Of("America/New_York"), new TimeOnly(2, 30), new TimeOnly(18, 30), new TimeOnly(21, 0), WorkWeek.Of(Enum.GetValues<DayOfWeek>()));
        await march.Schedules.ScheduleAsync(9, everyDay);

        var trigger = (await (await march.Scheduler()).GetTrigger(RitualKeys.Trigger(9, Ritual.Kickoff)))!;
        var fires = FiresAfter(trigger, march.Clock.GetUtcNow(), 4);
        march.DeleteDatabase();

        Assert.Equal(
            [Utc(2026, 3, 6, 7, 30), Utc(2026, 3, 7, 7, 30), Utc(2026, 3, 8, 7, 0), Utc(2026, 3, 9, 6, 30)],
            fires);
        Assert.Equal(new DateOnly(2026, 3, 8), TeamZone.Of("America/New_York").DateOf(fires[2]));
    }

    private static List<DateTime> FiresAfter(ITrigger trigger, DateTimeOffset from, int count)
    {
        var fires = new List<DateTime>();
        DateTimeOffset? at = from;
        for (var i = 0; i < count; i++)
        {
            at = trigger.GetFireTimeAfter(at);
            fires.Add(at!.Value.UtcDateTime);
        }

        return fires;
    }
}
