using IronArmy.Core.Leaderboards;
using IronArmy.Bot.Scheduling;
using IronArmy.Bot.Tests.Scheduling;
using IronArmy.Bot.Leaderboards;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IronArmy.Bot.Tests.Leaderboards;

/// <summary>When the boards go to the channel: with the digest, and weekly and monthly on the last work day.</summary>
public sealed class BoardScheduleTests : IAsyncLifetime
{
    private readonly SchedulingFixture _f = new(new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc));
    private Team _team = null!;

    public async Task InitializeAsync()
    {
        _team = await _f.AddTeamAsync(TeamSchedule.Default, name: "East"); // Monday–Saturday, Asia/Shanghai
        await using var db = _f.NewDb();
        await db.Teams.Where(t => t.Id == _team.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.ChannelId, "19:east@thread.tacv2"));
        _team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == _team.Id);
    }

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        _f.DeleteDatabase();
    }

    private async Task<List<string>> PostAsync(DateOnly date)
    {
        await using var scope = _f.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BoardPosts>().PostWorkDateAsync(_team, date, CancellationToken.None);
        await using var db = _f.NewDb();
        return await db.Outbox.AsNoTracking().OrderBy(o => o.Id).Select(o => o.IdempotencyKey).ToListAsync();
    }

    [Fact]
    public async Task The_boards_trigger_fires_with_the_digest_and_follows_it()
    {
        await _f.Schedules.ScheduleAsync(_team.Id, TeamSchedule.Default with { Digest = new TimeOnly(20, 45) });
        var scheduler = await _f.Scheduler();
        var key = new TriggerKey(LeaderboardKeys.BoardRound, RitualKeys.Group(_team.Id));

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(key));
        Assert.Equal("0 45 20 ? * *", trigger.CronExpressionString);
        Assert.Equal("Asia/Shanghai", trigger.TimeZone.Id);

        await _f.Schedules.ScheduleAsync(_team.Id, TeamSchedule.Default with { Digest = new TimeOnly(21, 30), Zone = TeamZone.Of("Europe/Berlin") });
        trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(key));
        Assert.Equal("0 30 21 ? * *", trigger.CronExpressionString);
        Assert.Equal("Europe/Berlin", trigger.TimeZone.Id);

        await _f.Schedules.UnscheduleAsync(_team.Id);
        Assert.Null(await scheduler.GetTrigger(key));
    }

    [Fact]
    public async Task A_weekday_posts_the_daily_board_only_and_only_once()
    {
        Assert.Equal([LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.Day(new DateOnly(2026, 11, 25)))], await PostAsync(new DateOnly(2026, 11, 25)));
        Assert.Equal([LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.Day(new DateOnly(2026, 11, 25)))], await PostAsync(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public async Task The_last_work_day_of_the_week_adds_the_weekly_board_and_of_the_month_the_monthly_one()
    {
        // Saturday 28 November ends the Monday–Saturday week; Monday 30 November ends the month.
        Assert.Equal(
            [LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.Day(new DateOnly(2026, 11, 28))), LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.WeekOf(new DateOnly(2026, 11, 23), _team.Schedule.WorkDays))],
            await PostAsync(new DateOnly(2026, 11, 28)));
        Assert.Equal(
            [LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.Day(new DateOnly(2026, 11, 30))), LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.MonthOf(new DateOnly(2026, 11, 1)))],
            (await PostAsync(new DateOnly(2026, 11, 30))).Skip(2));
    }

    [Fact]
    public async Task A_holiday_on_the_saturday_moves_the_weekly_board_to_friday()
    {
        await using (var db = _f.NewDb())
            await db.SetTeamDaysAsync(_team.Id, new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 28), DayOverride.Holiday, null, DateTime.UtcNow, default);

        Assert.Equal(
            [LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.Day(new DateOnly(2026, 11, 27))), LeaderboardKeys.ScheduledBoard(_team.Id, BoardPeriod.WeekOf(new DateOnly(2026, 11, 23), _team.Schedule.WorkDays))],
            await PostAsync(new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public async Task A_team_without_a_channel_posts_nothing()
    {
        await using (var db = _f.NewDb())
            await db.Teams.Where(t => t.Id == _team.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.ChannelId, (string?)null));
        _team.ChannelId = null;

        Assert.Empty(await PostAsync(new DateOnly(2026, 11, 28)));
        Assert.Equal(0, await _f.NewDb().Outbox.CountAsync(o => o.Target == OutboxTarget.Conversation));
    }
}
