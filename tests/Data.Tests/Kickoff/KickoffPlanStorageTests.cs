using IronArmy.Core.Kickoff;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Leaderboards;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Kickoff;

public sealed class KickoffPlanStorageTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime At0745 = new(2026, 11, 22, 23, 45, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_full_plan_reads_back_as_submitted()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var plan = KickoffTeam.FullPlan();

        await using (var db = await database.CreateContextAsync())
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, plan, rep.Id, At0745, default);

        await using var read = await database.CreateContextAsync();
        var entry = await read.FindKickoffPlanAsync(rep.Id, Today, default);
        Assert.NotNull(entry);
        var back = entry.ToCore();
        Assert.Equal(plan.Targets, back.Targets);
        Assert.Equal(plan.Visits, back.Visits);
        Assert.Equal(plan.NewCustomers, back.NewCustomers);
        Assert.Equal(1, back.ValidNewCustomers);
        Assert.Equal(2, back.ACustomers);
        Assert.Null(back.Visits[2].Time);
        Assert.Equal(At0745, entry.SubmittedAtUtc);
        Assert.Equal(DateTimeKind.Utc, entry.SubmittedAtUtc.Kind);
        Assert.Equal(At0745, entry.UpdatedAtUtc);

        // Enums are stored by name, so the rows read the same to a person and survive reordering the enum.
        var classes = await read.Database.SqlQueryRaw<string>("SELECT \"Class\" AS \"Value\" FROM \"KickoffPlanVisits\" ORDER BY \"Row\"").ToListAsync();
        Assert.Equal(plan.Visits.Select(v => v.Class.ToString()), classes);
        var outcomes = await read.Database.SqlQueryRaw<string>("SELECT \"Outcome\" AS \"Value\" FROM \"KickoffPlanVisits\" ORDER BY \"Row\"").ToListAsync();
        Assert.Contains("FirstContact", outcomes);
    }

    [Fact]
    public async Task A_first_plan_with_todays_targets_only_stores_no_month_or_week()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var plan = KickoffTeam.SmallPlan("Acme") with { Targets = new Targets(null, null, new Target(1_000_00, 8, 3)) };

        await using (var db = await database.CreateContextAsync())
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, plan, rep.Id, At0745, default);

        await using var read = await database.CreateContextAsync();
        Assert.Equal(plan.Targets, (await read.FindKickoffPlanAsync(rep.Id, Today, default))!.ToCore().Targets);
        // Unset, not zero: nothing carries to tomorrow, and the board counts no month target for the rep.
        var months = await read.Database.SqlQueryRaw<long?>("SELECT \"MonthAmountMinor\" AS \"Value\" FROM \"KickoffPlans\"").ToListAsync();
        Assert.Equal([null], months);
        Assert.Equal(CarriedTargets.None, CarriedTargets.From((await read.LastKickoffPlanBeforeAsync(rep.Id, Today.AddDays(1), default))!.Plan.Targets, Today, Today.AddDays(1)));
        Assert.Empty(await read.TeamMonthTargetsAsync(team.Id, Today, Today, default));
    }

    [Fact]
    public async Task An_edit_replaces_the_visits_and_candidates_without_leaving_orphans()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var rep = team.Named("Li Na");
        var other = team.Named("Wang Wei");
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.FullPlan(), rep.Id, At0745, default);
            await db.SaveKickoffPlanAsync(team.Id, other.Id, Today, KickoffTeam.FullPlan(), other.Id, At0745, default);
        }

        var edited = KickoffTeam.SmallPlan("Ningbo Port Logistics", dayAmountMinor: 7_500_00);
        await using (var db = await database.CreateContextAsync())
        {
            var saved = await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, edited, rep.Id, At0745.AddMinutes(5), default);
            Assert.True(saved.Changed);
        }

        await using var read = await database.CreateContextAsync();
        var entry = await read.FindKickoffPlanAsync(rep.Id, Today, default);
        Assert.NotNull(entry);
        var back = entry.ToCore();
        Assert.Equal(edited.Targets, back.Targets);
        Assert.Equal(edited.Visits, back.Visits);
        Assert.Equal(edited.NewCustomers, back.NewCustomers);
        Assert.Equal(At0745, entry.SubmittedAtUtc);
        Assert.Equal(At0745.AddMinutes(5), entry.UpdatedAtUtc);

        // Only the edited plan's new rows and the other rep's untouched rows remain.
        Assert.Equal(1, await read.Set<KickoffPlanVisit>().CountAsync(v => v.PlanId == entry.Id));
        Assert.Equal(1, await read.Set<KickoffPlanNewCustomer>().CountAsync(c => c.PlanId == entry.Id));
        Assert.Equal(1 + 8, await read.Set<KickoffPlanVisit>().CountAsync());
        Assert.Equal(1 + 3, await read.Set<KickoffPlanNewCustomer>().CountAsync());
        Assert.Equal(2, await read.KickoffPlans.CountAsync());
    }

    [Fact]
    public async Task An_edit_that_grows_the_plan_keeps_its_first_rows_and_adds_the_rest_in_order()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        long firstRowId;
        await using (var db = await database.CreateContextAsync())
        {
            var saved = await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("Hangzhou Steel"), rep.Id, At0745, default);
            firstRowId = saved.Entry.Visits.Single().Id;
        }

        var full = KickoffTeam.FullPlan();
        await using (var db = await database.CreateContextAsync())
        {
            Assert.True((await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, full, rep.Id, At0745.AddMinutes(3), default)).Changed);
        }

        await using var read = await database.CreateContextAsync();
        var entry = await read.FindKickoffPlanAsync(rep.Id, Today, default);
        Assert.Equal(full.Visits, entry!.ToCore().Visits);
        Assert.Equal(full.NewCustomers, entry.ToCore().NewCustomers);
        // Row 0 was edited in place (the same row now holds the full plan's first visit).
        Assert.Equal(firstRowId, entry.Visits.Single(v => v.Row == 0).Id);
        Assert.Equal(Enumerable.Range(0, 8), entry.Visits.Select(v => v.Row).Order());
    }

    [Fact]
    public async Task A_rep_has_one_plan_per_work_date()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
        {
            db.KickoffPlans.Add(KickoffPlanEntry.Submit(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("A"), rep.Id, At0745));
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            db.KickoffPlans.Add(KickoffPlanEntry.Submit(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("B"), rep.Id, At0745));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = await database.CreateContextAsync())
        {
            // Saving again is an edit of the same plan; another date is another plan.
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("C"), rep.Id, At0745, default);
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today.AddDays(1), KickoffTeam.SmallPlan("D"), rep.Id, At0745, default);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(1, await read.KickoffPlans.CountAsync(p => p.WorkDate == Today));
        Assert.Equal(2, await read.KickoffPlans.CountAsync());
        Assert.Equal("C", (await read.FindKickoffPlanAsync(rep.Id, Today, default))!.ToCore().Visits.Single().Customer);
    }

    [Fact]
    public async Task Every_change_appends_a_revision_with_the_plan_before_and_after()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Li Na", Core.Teams.MemberRole.Rep), ("Zhao Lei", Core.Teams.MemberRole.Manager));
        var rep = team.Named("Li Na");
        var manager = team.Named("Zhao Lei");
        var first = KickoffTeam.FullPlan();
        var second = KickoffTeam.FullPlan(dayAmountMinor: 6_000_00);
        var third = KickoffTeam.SmallPlan("Huzhou Tea");

        await using (var db = await database.CreateContextAsync())
        {
            Assert.True((await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, first, rep.Id, At0745, default)).Changed);
            // Submitting the same card again is not a change and leaves no trace.
            Assert.False((await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.FullPlan(), rep.Id, At0745.AddMinutes(1), default)).Changed);
        }

        List<KickoffPlanRevision> afterFirst;
        await using (var db = await database.CreateContextAsync())
            afterFirst = await db.KickoffPlanRevisions.AsNoTracking().ToListAsync();

        await using (var db = await database.CreateContextAsync())
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, second, rep.Id, At0745.AddMinutes(10), default);
        await using (var db = await database.CreateContextAsync())
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, third, manager.Id, At0745.AddMinutes(20), default);

        await using var read = await database.CreateContextAsync();
        var revisions = await read.KickoffPlanRevisions.AsNoTracking().OrderBy(r => r.Version).ToListAsync();
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Version));
        Assert.Equal([rep.Id, rep.Id, manager.Id], revisions.Select(r => r.ByMemberId));
        Assert.Equal([At0745, At0745.AddMinutes(10), At0745.AddMinutes(20)], revisions.Select(r => r.AtUtc));

        Assert.Null(revisions[0].BeforeJson);
        Assert.Equal(KickoffPlanJson.Write(first), revisions[0].AfterJson);
        Assert.Equal(revisions[0].AfterJson, revisions[1].BeforeJson);
        Assert.Equal(revisions[1].AfterJson, revisions[2].BeforeJson);
        Assert.Equal(third.Visits, KickoffPlanJson.Read(revisions[2].AfterJson).Visits);
        Assert.Equal(6_000_00, KickoffPlanJson.Read(revisions[1].AfterJson).Targets.Day.SignedAmountMinor);

        // The first revision is exactly as it was before the edits.
        var firstNow = revisions[0];
        var firstThen = Assert.Single(afterFirst);
        Assert.Equal((firstThen.Id, firstThen.PlanId, firstThen.ByMemberId, firstThen.AtUtc, firstThen.BeforeJson, firstThen.AfterJson),
            (firstNow.Id, firstNow.PlanId, firstNow.ByMemberId, firstNow.AtUtc, firstNow.BeforeJson, firstNow.AfterJson));

        var entry = await read.FindKickoffPlanAsync(rep.Id, Today, default);
        Assert.Equal(3, entry!.Version);
    }

    [Fact]
    public async Task Revisions_cannot_be_changed_or_deleted_through_the_context_or_the_database()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.FullPlan(), rep.Id, At0745, default);

        await using (var db = await database.CreateContextAsync())
        {
            var revision = await db.KickoffPlanRevisions.SingleAsync();
            revision.AfterJson = "{}";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", changed.Message);
        }

        await using (var db = await database.CreateContextAsync())
        {
            db.KickoffPlanRevisions.Remove(await db.KickoffPlanRevisions.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = await database.CreateContextAsync())
        {
            // Bypassing the change tracker meets the trigger.
            var update = await Assert.ThrowsAnyAsync<Exception>(() => db.KickoffPlanRevisions.ExecuteUpdateAsync(s => s.SetProperty(r => r.AfterJson, "{}")));
            Assert.Contains("append-only", update.Message);
            var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.KickoffPlanRevisions.ExecuteDeleteAsync());
            Assert.Contains("append-only", delete.Message);
        }

        await using var read = await database.CreateContextAsync();
        var kept = await read.KickoffPlanRevisions.SingleAsync();
        Assert.Equal(KickoffPlanJson.Write(KickoffTeam.FullPlan()), kept.AfterJson);
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_is_applied_on_top_of_the_newer_plan_without_losing_a_revision()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
            await db.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("first"), rep.Id, At0745, default);

        // The phone holds version 1 while the laptop saves version 2.
        await using var phone = await database.CreateContextAsync();
        Assert.Equal(1, (await phone.FindKickoffPlanAsync(rep.Id, Today, default))!.Version);
        await using (var laptop = await database.CreateContextAsync())
            await laptop.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("laptop"), rep.Id, At0745.AddMinutes(1), default);

        var saved = await phone.SaveKickoffPlanAsync(team.Id, rep.Id, Today, KickoffTeam.SmallPlan("phone"), rep.Id, At0745.AddMinutes(2), default);

        Assert.True(saved.Changed);
        await using var read = await database.CreateContextAsync();
        var revisions = await read.KickoffPlanRevisions.OrderBy(r => r.Version).ToListAsync();
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Version));
        Assert.Equal("laptop", KickoffPlanJson.Read(revisions[2].BeforeJson!).Visits.Single().Customer);
        Assert.Equal("phone", (await read.FindKickoffPlanAsync(rep.Id, Today, default))!.ToCore().Visits.Single().Customer);
        Assert.Equal(1, await read.Set<KickoffPlanVisit>().CountAsync());
    }
}
