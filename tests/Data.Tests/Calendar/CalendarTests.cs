using IronArmy.Core.Scheduling;
using IronArmy.Data.Calendar;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Calendar;

public sealed class CalendarTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 9, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Holidays_and_make_up_days_override_the_work_week_for_their_dates_only()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Zhao Lei", Core.Teams.MemberRole.Manager));
        var other = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var manager = team.Named("Zhao Lei");
        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(7, await db.SetTeamDaysAsync(team.Id, new(2026, 10, 1), new(2026, 10, 7), DayOverride.Holiday, manager.Id, Now, default));
            // The 7th is set again as a make-up day: the later mark replaces the earlier one.
            Assert.Equal(1, await db.SetTeamDaysAsync(team.Id, new(2026, 10, 7), new(2026, 10, 7), DayOverride.MakeUpWorkDay, manager.Id, Now, default));
            await db.SetTeamDaysAsync(team.Id, new(2026, 10, 11), new(2026, 10, 11), DayOverride.MakeUpWorkDay, manager.Id, Now, default);
            await db.SetTeamDaysAsync(other.Id, new(2026, 10, 8), new(2026, 10, 8), DayOverride.Holiday, null, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var days = await read.TeamCalendarDaysAsync(team.Id, new(2026, 10, 5), new(2026, 10, 31), default);
        Assert.Equal(
            [(new DateOnly(2026, 10, 5), DayOverride.Holiday), (new(2026, 10, 6), DayOverride.Holiday), (new(2026, 10, 7), DayOverride.MakeUpWorkDay), (new(2026, 10, 11), DayOverride.MakeUpWorkDay)],
            days.Select(d => (d.Date, d.Kind)));
        Assert.Equal(8, await read.TeamCalendarDays.CountAsync(d => d.TeamId == team.Id));

        var calendar = await read.TeamCalendarAsync(team.Id, new(2026, 9, 28), new(2026, 10, 18), default);
        Assert.True(calendar.IsWorkDay(new(2026, 9, 30)));    // Wednesday, before the holiday
        Assert.False(calendar.IsWorkDay(new(2026, 10, 1)));   // Thursday, holiday
        Assert.False(calendar.IsWorkDay(new(2026, 10, 3)));   // Saturday is a work day, but a holiday
        Assert.True(calendar.IsWorkDay(new(2026, 10, 7)));    // Wednesday, re-marked as a work day
        Assert.True(calendar.IsWorkDay(new(2026, 10, 8)));    // another team's holiday
        Assert.True(calendar.IsWorkDay(new(2026, 10, 11)));   // Sunday, make-up day
        Assert.False(calendar.IsWorkDay(new(2026, 10, 18)));  // an ordinary Sunday
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_or_spans_years_is_refused()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        await using var db = await database.CreateContextAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => db.SetTeamDaysAsync(team.Id, new(2026, 10, 7), new(2026, 10, 1), DayOverride.Holiday, null, Now, default));
        await Assert.ThrowsAsync<ArgumentException>(() => db.SetTeamDaysAsync(team.Id, new(2026, 1, 1), new(2062, 1, 1), DayOverride.Holiday, null, Now, default));
        await Assert.ThrowsAsync<ArgumentException>(() => db.AddLeaveAsync(team.Named("Li Na").Id, new(2026, 12, 3), new(2026, 12, 1), Now, default));
        Assert.Equal(0, await db.TeamCalendarDays.CountAsync());
    }

    [Fact]
    public async Task Coming_back_early_ends_the_leave_the_day_before_and_keeps_what_was_asked()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var rep = team.Named("Li Na");
        var back = Now.AddDays(70);
        await using (var db = await database.CreateContextAsync())
        {
            await db.AddLeaveAsync(rep.Id, new(2026, 12, 1), new(2026, 12, 3), Now, default);
            await db.AddLeaveAsync(rep.Id, new(2026, 12, 10), new(2026, 12, 11), Now, default);
            await db.AddLeaveAsync(rep.Id, new(2026, 11, 2), new(2026, 11, 2), Now, default);
            await db.AddLeaveAsync(team.Named("Wang Wei").Id, new(2026, 12, 2), new(2026, 12, 2), Now, default);

            // Back on 2 December: the leave in progress stops on the 1st, the one not yet started is cancelled, the past one is untouched.
            Assert.Equal(2, await db.EndLeaveFromAsync(rep.Id, new(2026, 12, 2), back, default));
            Assert.Equal(0, await db.EndLeaveFromAsync(rep.Id, new(2026, 12, 2), back.AddHours(1), default));
        }

        await using var read = await database.CreateContextAsync();
        var december = await read.MemberLeavesAsync(rep.Id, new(2026, 12, 1), new(2026, 12, 31), default);
        var leave = Assert.Single(december);
        Assert.True(leave.Covers(new(2026, 12, 1)));
        Assert.False(leave.Covers(new(2026, 12, 2)));
        Assert.False(leave.Covers(new(2026, 12, 3)));
        Assert.Equal(new DateOnly(2026, 12, 3), leave.To);
        Assert.Equal(new DateOnly(2026, 12, 2), leave.CancelledFrom);
        Assert.Equal(back, leave.CancelledAtUtc);
        Assert.Empty(await read.MemberLeavesAsync(rep.Id, new(2026, 12, 2), new(2026, 12, 31), default));
        Assert.Single(await read.MemberLeavesAsync(rep.Id, new(2026, 11, 1), new(2026, 11, 30), default));

        // Nothing is deleted: all four rows are still there, the cancelled one with its cancellation.
        Assert.Equal(4, await read.MemberLeaves.CountAsync());
        var cancelledWhole = await read.MemberLeaves.SingleAsync(l => l.From == new DateOnly(2026, 12, 10));
        Assert.Equal(new DateOnly(2026, 12, 10), cancelledWhole.CancelledFrom);
        Assert.False(cancelledWhole.Covers(new(2026, 12, 10)));
    }

    [Fact]
    public async Task A_teams_leaves_are_read_at_once_for_its_active_members_as_they_stand()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei", "Zhao Min");
        var other = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        await using (var db = await database.CreateContextAsync())
        {
            await db.AddLeaveAsync(team.Named("Li Na").Id, new(2026, 11, 2), new(2026, 11, 6), Now, default);
            await db.EndLeaveFromAsync(team.Named("Li Na").Id, new(2026, 11, 5), Now.AddDays(45), default);
            await db.AddLeaveAsync(team.Named("Wang Wei").Id, new(2026, 10, 1), new(2026, 10, 2), Now, default); // before the range
            await db.AddLeaveAsync(team.Named("Zhao Min").Id, new(2026, 11, 3), new(2026, 11, 3), Now, default);
            await db.AddLeaveAsync(other.Named("Chen Jing").Id, new(2026, 11, 3), new(2026, 11, 3), Now, default);
            await db.Members.Where(m => m.Id == team.Named("Zhao Min").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
        }

        await using var read = await database.CreateContextAsync();
        var leaves = await read.TeamLeavesAsync(team.Id, new(2026, 11, 1), new(2026, 11, 30), default);

        Assert.Equal([team.Named("Li Na").Id], leaves.Select(g => g.Key));
        Assert.Equal([new DateRange(new(2026, 11, 2), new(2026, 11, 4))], leaves[team.Named("Li Na").Id]);
    }
}
