using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data.Calendar;
using IronArmy.Data.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Kickoff;

public sealed class KickoffQueryTests : IAsyncLifetime
{
    // Monday 23 November 2026.
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 22, 23, 40, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task The_plans_of_the_day_come_in_the_team_languages_name_order_with_names()
    {
        // Pinyin order is 李 (li), 王 (wang), 张 (zhang); code point order would put 张 first.
        var team = await KickoffTeam.WithRepsAsync(database, "王伟", "张敏", "李娜", "刘洋");
        var otherTeam = await KickoffTeam.WithRepsAsync(database, "陈静");
        await using (var db = await database.CreateContextAsync())
        {
            foreach (var name in new[] { "张敏", "王伟", "李娜" })
                await db.SaveKickoffPlanAsync(team.Id, team.Named(name).Id, Monday, KickoffTeam.SmallPlan(name + "的客户"), team.Named(name).Id, Now, default);
            await db.SaveKickoffPlanAsync(team.Id, team.Named("刘洋").Id, Monday.AddDays(-1), KickoffTeam.SmallPlan("yesterday"), team.Named("刘洋").Id, Now, default);
            await db.SaveKickoffPlanAsync(otherTeam.Id, otherTeam.Named("陈静").Id, Monday, KickoffTeam.SmallPlan("other"), otherTeam.Named("陈静").Id, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var plans = await read.TeamPlansOnAsync(team.Id, Monday, default);

        Assert.Equal(["李娜", "王伟", "张敏"], plans.Select(p => p.MemberName));
        Assert.All(plans, p => Assert.Equal(p.MemberName + "的客户", p.Plan.Visits.Single().Customer));
        Assert.Equal(team.Named("李娜").Id, plans[0].MemberId);
        Assert.Equal(Now, plans[0].SubmittedAtUtc);

        // A member who has left the team is no longer on the board.
        await read.Members.Where(m => m.Id == team.Named("王伟").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
        Assert.Equal(["李娜", "张敏"], (await read.TeamPlansOnAsync(team.Id, Monday, default)).Select(p => p.MemberName));
    }

    [Fact]
    public async Task The_carry_over_plan_is_the_latest_one_before_the_date()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var rep = team.Named("Li Na").Id;
        var other = team.Named("Wang Wei").Id;
        await using (var db = await database.CreateContextAsync())
        {
            // Saved out of date order, so the answer cannot be the last row inserted.
            await db.SaveKickoffPlanAsync(team.Id, rep, new(2026, 11, 20), KickoffTeam.SmallPlan("20th", 2_000_00), rep, Now, default);
            await db.SaveKickoffPlanAsync(team.Id, rep, new(2026, 11, 25), KickoffTeam.SmallPlan("25th", 2_500_00), rep, Now, default);
            await db.SaveKickoffPlanAsync(team.Id, rep, new(2026, 11, 23), KickoffTeam.SmallPlan("23rd", 2_300_00), rep, Now, default);
            await db.SaveKickoffPlanAsync(team.Id, other, new(2026, 11, 24), KickoffTeam.SmallPlan("other", 9_900_00), other, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var before25 = await read.LastKickoffPlanBeforeAsync(rep, new(2026, 11, 25), default);
        Assert.NotNull(before25);
        Assert.Equal(new DateOnly(2026, 11, 23), before25.WorkDate);
        Assert.Equal(2_300_00, before25.Plan.Targets.Day.SignedAmountMinor);
        Assert.Equal("23rd", before25.Plan.Visits.Single().Customer);

        Assert.Equal(new DateOnly(2026, 11, 25), (await read.LastKickoffPlanBeforeAsync(rep, new(2026, 12, 1), default))!.WorkDate);
        Assert.Equal(new DateOnly(2026, 11, 20), (await read.LastKickoffPlanBeforeAsync(rep, new(2026, 11, 23), default))!.WorkDate);
        Assert.Null(await read.LastKickoffPlanBeforeAsync(rep, new(2026, 11, 20), default));
    }

    [Fact]
    public async Task Reps_without_a_plan_leave_out_those_on_leave_submitted_managers_inactive_and_unreachable()
    {
        var team = await KickoffTeam.CreateAsync(database,
            ("Zhou Ming", MemberRole.Rep), ("An Qi", MemberRole.Rep), ("Li Na", MemberRole.Rep), ("Sun Li", MemberRole.Rep),
            ("Zhao Lei", MemberRole.Manager), ("Gone", MemberRole.Rep), ("Blocked", MemberRole.Rep), ("Back Early", MemberRole.Rep));
        await using (var db = await database.CreateContextAsync())
        {
            await db.Members.Where(m => m.Id == team.Named("Gone").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
            await db.Members.Where(m => m.Id == team.Named("Blocked").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.UnreachableSinceUtc, Now));
            await db.AddLeaveAsync(team.Named("Sun Li").Id, Monday.AddDays(-1), Monday.AddDays(2), Now, default);
            await db.AddLeaveAsync(team.Named("Back Early").Id, Monday.AddDays(-3), Monday.AddDays(3), Now, default);
            await db.EndLeaveFromAsync(team.Named("Back Early").Id, Monday, Now, default);
            await db.SaveKickoffPlanAsync(team.Id, team.Named("Li Na").Id, Monday, KickoffTeam.SmallPlan("x"), team.Named("Li Na").Id, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(["An Qi", "Back Early", "Li Na", "Zhou Ming"], (await read.RepsDueOnAsync(team.Id, Monday, default)).Select(m => m.Name));
        Assert.Equal(["An Qi", "Back Early", "Zhou Ming"], (await read.RepsWithoutPlanAsync(team.Id, Monday, default)).Select(m => m.Name));
        // Sun Li's leave ends on Wednesday: on Thursday she is due again.
        Assert.Contains("Sun Li", (await read.RepsWithoutPlanAsync(team.Id, Monday.AddDays(3), default)).Select(m => m.Name));
    }

    [Fact]
    public async Task Nobody_is_due_on_a_holiday_or_a_day_off_and_everyone_on_a_make_up_day()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var sunday = Monday.AddDays(6);
        var nextSunday = Monday.AddDays(13);
        await using (var db = await database.CreateContextAsync())
        {
            await db.SetTeamDaysAsync(team.Id, Monday, Monday, DayOverride.Holiday, null, Now, default);
            await db.SetTeamDaysAsync(team.Id, sunday, sunday, DayOverride.MakeUpWorkDay, null, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Empty(await read.RepsWithoutPlanAsync(team.Id, Monday, default));
        Assert.Equal(2, (await read.RepsWithoutPlanAsync(team.Id, Monday.AddDays(1), default)).Count);
        Assert.Equal(2, (await read.RepsWithoutPlanAsync(team.Id, sunday, default)).Count);
        Assert.Empty(await read.RepsWithoutPlanAsync(team.Id, nextSunday, default));

        // An uninstalled team prompts nobody.
        await read.Teams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.IsActive, false));
        Assert.Empty(await read.RepsDueOnAsync(team.Id, Monday.AddDays(1), default));
    }
}
