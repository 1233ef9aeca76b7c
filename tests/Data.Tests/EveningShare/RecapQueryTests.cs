using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Scheduling;
using IronArmy.Core.Teams;
using IronArmy.Data.Calendar;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.EveningShare;

public sealed class RecapQueryTests : IAsyncLifetime
{
    // Monday 23 November 2026.
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 10, 30, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task The_recaps_of_the_day_come_in_the_team_languages_name_order_with_names()
    {
        // Pinyin order is 李 (li), 王 (wang), 张 (zhang); code point order would put 张 first.
        var team = await KickoffTeam.WithRepsAsync(database, "王伟", "张敏", "李娜", "刘洋");
        var otherTeam = await KickoffTeam.WithRepsAsync(database, "陈静");
        await using (var db = await database.CreateContextAsync())
        {
            foreach (var name in new[] { "张敏", "王伟", "李娜" })
                await db.SaveRecapAsync(team.Id, team.Named(name).Id, Monday, Recaps.Small(name + "的客户"), team.Named(name).Id, Now, default);
            await db.SaveRecapAsync(team.Id, team.Named("刘洋").Id, Monday.AddDays(-1), Recaps.Small("yesterday"), team.Named("刘洋").Id, Now, default);
            await db.SaveRecapAsync(otherTeam.Id, otherTeam.Named("陈静").Id, Monday, Recaps.Small("other"), otherTeam.Named("陈静").Id, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var recaps = await read.TeamRecapsOnAsync(team.Id, Monday, default);

        Assert.Equal(["李娜", "王伟", "张敏"], recaps.Select(r => r.MemberName));
        Assert.All(recaps, r => Assert.Equal(r.MemberName + "的客户", r.Recap.Planned.Single().Customer));
        Assert.Equal(team.Named("李娜").Id, recaps[0].MemberId);
        Assert.Equal(Now, recaps[0].SubmittedAtUtc);

        await read.Members.Where(m => m.Id == team.Named("王伟").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
        Assert.Equal(["李娜", "张敏"], (await read.TeamRecapsOnAsync(team.Id, Monday, default)).Select(r => r.MemberName));
    }

    [Fact]
    public async Task Reps_without_a_recap_leave_out_those_who_shared_are_on_leave_managers_inactive_and_unreachable()
    {
        var team = await KickoffTeam.CreateAsync(database,
            ("Zhou Ming", MemberRole.Rep), ("An Qi", MemberRole.Rep), ("Li Na", MemberRole.Rep), ("Sun Li", MemberRole.Rep),
            ("Zhao Lei", MemberRole.Manager), ("Gone", MemberRole.Rep), ("Blocked", MemberRole.Rep));
        await using (var db = await database.CreateContextAsync())
        {
            await db.Members.Where(m => m.Id == team.Named("Gone").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.IsActive, false));
            await db.Members.Where(m => m.Id == team.Named("Blocked").Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.UnreachableSinceUtc, Now));
            await db.AddLeaveAsync(team.Named("Sun Li").Id, Monday, Monday, Now, default);
            await db.SaveRecapAsync(team.Id, team.Named("Li Na").Id, Monday, Recaps.Small("x"), team.Named("Li Na").Id, Now, default);
            // Yesterday's recap does not count for today.
            await db.SaveRecapAsync(team.Id, team.Named("An Qi").Id, Monday.AddDays(-1), Recaps.Small("y"), team.Named("An Qi").Id, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(["An Qi", "Zhou Ming"], (await read.RepsWithoutRecapAsync(team.Id, Monday, default)).Select(m => m.Name));
        Assert.Equal(["An Qi", "Li Na", "Sun Li", "Zhou Ming"], (await read.RepsWithoutRecapAsync(team.Id, Monday.AddDays(1), default)).Select(m => m.Name));

        await using (var db = await database.CreateContextAsync())
            await db.SetTeamDaysAsync(team.Id, Monday.AddDays(1), Monday.AddDays(1), DayOverride.Holiday, null, Now, default);
        Assert.Empty(await read.RepsWithoutRecapAsync(team.Id, Monday.AddDays(1), default));
    }

    [Fact]
    public async Task The_words_of_the_days_recaps_come_without_their_rows()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei", "Zhao Min");
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapAsync(team.Id, team.Named("Li Na").Id, Monday, Recaps.Full(), team.Named("Li Na").Id, Now, default);
            await db.SaveRecapAsync(team.Id, team.Named("Wang Wei").Id, Monday, Recaps.Small("Acme"), team.Named("Wang Wei").Id, Now, default);
            await db.SaveRecapAsync(team.Id, team.Named("Zhao Min").Id, Monday.AddDays(-1), Recaps.Full(), team.Named("Zhao Min").Id, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var words = (await read.TeamRecapWordsOnAsync(team.Id, Monday, default)).ToDictionary(w => w.MemberId);

        Assert.Equal(2, words.Count);
        var full = Recaps.Full();
        Assert.Equal(new MemberRecapWords(team.Named("Li Na").Id, full.Vent, full.Win, full.Help), words[team.Named("Li Na").Id]);
        Assert.Equal(new MemberRecapWords(team.Named("Wang Wei").Id, null, null, null), words[team.Named("Wang Wei").Id]);
    }

    [Fact]
    public async Task Tomorrows_plan_is_the_list_from_the_latest_recap_before_the_kickoff_date()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var rep = team.Named("Li Na").Id;
        var other = team.Named("Wang Wei").Id;
        await using (var db = await database.CreateContextAsync())
        {
            // Saved out of date order, so the answer cannot be the last row inserted.
            await db.SaveRecapAsync(team.Id, rep, new(2026, 11, 19), Recaps.Small("x", ClassAfter.A, "Thursday's pick"), rep, Now, default);
            await db.SaveRecapAsync(team.Id, rep, new(2026, 11, 23), Recaps.Small("x", ClassAfter.A, "Monday's pick"), rep, Now, default);
            await db.SaveRecapAsync(team.Id, rep, new(2026, 11, 21), Recaps.Small("x", ClassAfter.A, "Jinhua Tools", "Hangzhou Steel", "Huzhou Tea"), rep, Now, default);
            await db.SaveRecapAsync(team.Id, other, new(2026, 11, 22), Recaps.Small("x", ClassAfter.A, "not hers"), other, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        // Monday's kickoff gets Saturday's list, in the rep's order.
        var monday = await read.TomorrowPlanForAsync(rep, Monday, default);
        Assert.Equal(new DateOnly(2026, 11, 21), monday!.RecapDate);
        Assert.Equal(["Jinhua Tools", "Hangzhou Steel", "Huzhou Tea"], monday.Customers);
        Assert.Equal(["Monday's pick"], (await read.TomorrowPlanForAsync(rep, Monday.AddDays(1), default))!.Customers);
        Assert.Null(await read.TomorrowPlanForAsync(rep, new(2026, 11, 19), default));
    }

    [Fact]
    public async Task A_date_range_brings_each_reps_facts_by_date_and_leaves_older_days_and_other_teams_out()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var otherTeam = await KickoffTeam.WithRepsAsync(database, "Chen Jing");
        var li = team.Named("Li Na").Id;
        var wang = team.Named("Wang Wei").Id;
        var chen = otherTeam.Named("Chen Jing").Id;
        // Work dates Thu 19, Fri 20, Sat 21, Mon 23 (Sunday off); Wang Wei shared nothing on Friday.
        DateOnly[] days = [new(2026, 11, 19), new(2026, 11, 20), new(2026, 11, 21), Monday];
        await using (var db = await database.CreateContextAsync())
        {
            foreach (var day in days)
            {
                await db.SaveRecapWithFactsAsync(team.Id, li, day, Recaps.Full(), KickoffTeam.FullPlan(), li, Now, default);
                if (day != new DateOnly(2026, 11, 20))
                    await db.SaveRecapWithFactsAsync(team.Id, wang, day, Recaps.Small($"{day:MMdd}", ClassAfter.Signed), KickoffTeam.SmallPlan($"{day:MMdd}"), wang, Now, default);
                await db.SaveRecapWithFactsAsync(otherTeam.Id, chen, day, Recaps.Unplanned("Other team"), null, chen, Now, default);
            }

            // After the window: not included.
            await db.SaveRecapWithFactsAsync(team.Id, li, Monday.AddDays(1), Recaps.Unplanned("Tuesday"), null, li, Now, default);
        }

        await using var read = await database.CreateContextAsync();
        var history = await read.TeamDaysBetweenAsync(team.Id, new DateOnly(2026, 11, 20), Monday, default);

        DateOnly[] lastThree = [new(2026, 11, 20), new(2026, 11, 21), Monday];
        Assert.Equal(
            [.. lastThree.Select(d => (li, d)), (wang, new DateOnly(2026, 11, 21)), (wang, Monday)],
            history.Select(h => (h.MemberId, h.WorkDate)));
        var liMonday = history.Single(h => h.MemberId == li && h.WorkDate == Monday);
        Assert.Equal(VisitFact.From(KickoffTeam.FullPlan().Visits, Recaps.Full()), liMonday.Visits);
        Assert.Equal(8, liMonday.PlannedVisits);
        Assert.Equal(Recaps.Full().ValidNewCustomers, liMonday.ValidNewCustomers);
        var wangMonday = history.Single(h => h.MemberId == wang && h.WorkDate == Monday);
        Assert.Equal("1123", wangMonday.Visits.Single().Customer);

        // The Core day computed from it: 8 visits done on Li Na's Monday, two signings.
        var repDay = liMonday.ToRepDay(new VisitStandard(8, 4, 2, 2, 1, 2, 3));
        Assert.Equal(8, repDay.Visits.Count);
        Assert.Equal(2, repDay.Signings);
        Assert.Equal(12_000_00 + 3_500_00, repDay.SignedAmountMinor);

        // A date range reads the same rows.
        var range = await read.TeamDaysBetweenAsync(team.Id, new(2026, 11, 20), Monday, default);
        Assert.Equal(history.Select(h => (h.MemberId, h.WorkDate, h.Visits.Count)), range.Select(h => (h.MemberId, h.WorkDate, h.Visits.Count)));
    }

    [Fact]
    public async Task The_history_is_indexed_on_team_and_date()
    {
        await using var db = await database.CreateContextAsync();
        var indexes = await db.Database.SqlQueryRaw<string>("SELECT \"sql\" AS \"Value\" FROM sqlite_master WHERE \"type\" = 'index' AND \"sql\" IS NOT NULL").ToListAsync();
        Assert.Contains(indexes, i => i.Contains("\"VisitFacts\" (\"TeamId\", \"WorkDate\")", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("\"Recaps\" (\"TeamId\", \"WorkDate\")", StringComparison.Ordinal));
        Assert.Contains(indexes, i => i.Contains("UNIQUE", StringComparison.Ordinal) && i.Contains("\"Recaps\" (\"MemberId\", \"WorkDate\")", StringComparison.Ordinal));
    }
}
