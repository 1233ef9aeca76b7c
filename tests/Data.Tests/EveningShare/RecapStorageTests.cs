using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.EveningShare;

public sealed class RecapStorageTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime At1830 = new(2026, 11, 23, 10, 30, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task A_full_recap_reads_back_as_shared()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var recap = Recaps.Full();

        await using (var db = await database.CreateContextAsync())
            Assert.True((await db.SaveRecapAsync(team.Id, rep.Id, Today, recap, rep.Id, At1830, default)).Changed);

        await using var read = await database.CreateContextAsync();
        var entry = await read.FindRecapAsync(rep.Id, Today, default);
        Assert.NotNull(entry);
        var back = entry.ToCore();
        Assert.Equal(recap.Planned, back.Planned);
        Assert.Equal(recap.Unplanned, back.Unplanned);
        Assert.Equal(recap.NewCustomers, back.NewCustomers);
        Assert.Equal(recap.Vent, back.Vent);
        Assert.Equal(recap.Win, back.Win);
        Assert.Equal(recap.Help, back.Help);
        Assert.Equal(recap.Tomorrow, back.Tomorrow);
        Assert.Equal(RecapJson.Write(recap), RecapJson.Write(back));
        Assert.Equal(At1830, entry.SubmittedAtUtc);
        Assert.Equal(DateTimeKind.Utc, entry.UpdatedAtUtc.Kind);

        // Enums are stored by name; a visit not done has no class after.
        var after = await read.Database.SqlQueryRaw<string?>("SELECT \"After\" AS \"Value\" FROM \"RecapPlannedVisits\" ORDER BY \"Row\"").ToListAsync();
        Assert.Equal(["Signed", "A", null, "C", "B", "Lost", null, "C"], after);
        var vent = await read.Database.SqlQueryRaw<string>("SELECT \"VentVisibility\" AS \"Value\" FROM \"Recaps\"").SingleAsync();
        Assert.Equal("TeamAnonymous", vent);
    }

    [Fact]
    public async Task A_recap_without_vent_win_or_help_reads_back_without_them_and_a_help_about_a_skill_keeps_no_customer()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapAsync(team.Id, team.Named("Li Na").Id, Today, Recaps.Small("Hangzhou Steel"), team.Named("Li Na").Id, At1830, default);
            await db.SaveRecapAsync(team.Id, team.Named("Wang Wei").Id, Today, Recaps.Unplanned("Lishui Paper"), team.Named("Wang Wei").Id, At1830, default);
        }

        await using var read = await database.CreateContextAsync();
        var small = (await read.MemberRecapOnAsync(team.Named("Li Na").Id, Today, default))!;
        Assert.Null(small.Vent);
        Assert.Null(small.Win);
        Assert.Null(small.Help);
        Assert.Empty(small.Tomorrow);
        var unplanned = (await read.MemberRecapOnAsync(team.Named("Wang Wei").Id, Today, default))!;
        Assert.Equal(new HelpRequest(null, "How to get past the receptionist"), unplanned.Help);
        Assert.Null(await read.MemberRecapOnAsync(team.Named("Li Na").Id, Today.AddDays(-1), default));
    }

    [Fact]
    public async Task An_edit_replaces_the_child_rows_without_leaving_orphans()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var rep = team.Named("Li Na");
        var other = team.Named("Wang Wei");
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default);
            await db.SaveRecapWithFactsAsync(team.Id, other.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), other.Id, At1830, default);
        }

        var edited = Recaps.Small("Ningbo Port Logistics", ClassAfter.Signed, "Jinhua Tools");
        await using (var db = await database.CreateContextAsync())
            Assert.True((await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, edited, KickoffTeam.SmallPlan("Ningbo Port Logistics"), rep.Id, At1830.AddMinutes(5), default)).Changed);

        await using var read = await database.CreateContextAsync();
        var entry = (await read.FindRecapAsync(rep.Id, Today, default))!;
        Assert.Equal(RecapJson.Write(edited), RecapJson.Write(entry.ToCore()));
        Assert.Equal(At1830, entry.SubmittedAtUtc);
        Assert.Equal(At1830.AddMinutes(5), entry.UpdatedAtUtc);
        Assert.Null(entry.VentText);
        Assert.Null(entry.VentVisibility);

        // Only the edited recap's new rows and the other rep's untouched rows remain.
        Assert.Equal(1 + 8, await read.Set<RecapPlannedVisit>().CountAsync());
        Assert.Equal(0 + 2, await read.Set<RecapUnplannedVisit>().CountAsync());
        Assert.Equal(0 + 3, await read.Set<RecapNewCustomer>().CountAsync());
        Assert.Equal(1 + 3, await read.Set<RecapTomorrowCustomer>().CountAsync());
        Assert.Equal(1 + 8, await read.VisitFacts.CountAsync());
        Assert.Equal(2, await read.Recaps.CountAsync());
    }

    [Fact]
    public async Task A_rep_has_one_recap_per_work_date()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
        {
            db.Recaps.Add(RecapEntry.Submit(team.Id, rep.Id, Today, Recaps.Small("A"), rep.Id, At1830));
            await db.SaveChangesAsync();
        }

        await using (var db = await database.CreateContextAsync())
        {
            db.Recaps.Add(RecapEntry.Submit(team.Id, rep.Id, Today, Recaps.Small("B"), rep.Id, At1830));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapAsync(team.Id, rep.Id, Today, Recaps.Small("C"), rep.Id, At1830, default);
            await db.SaveRecapAsync(team.Id, rep.Id, Today.AddDays(1), Recaps.Small("D"), rep.Id, At1830, default);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(2, await read.Recaps.CountAsync());
        Assert.Equal("C", (await read.MemberRecapOnAsync(rep.Id, Today, default))!.Planned.Single().Customer);
    }

    [Fact]
    public async Task Every_change_appends_a_revision_with_the_recap_before_and_after()
    {
        var team = await KickoffTeam.CreateAsync(database, ("Li Na", Core.Teams.MemberRole.Rep), ("Zhao Lei", Core.Teams.MemberRole.Manager));
        var rep = team.Named("Li Na");
        var manager = team.Named("Zhao Lei");
        var first = Recaps.Full();
        var second = Recaps.Full(signedMinor: 15_000_00);
        var third = Recaps.Small("Hangzhou Steel");

        await using (var db = await database.CreateContextAsync())
        {
            Assert.True((await db.SaveRecapAsync(team.Id, rep.Id, Today, first, rep.Id, At1830, default)).Changed);
            Assert.False((await db.SaveRecapAsync(team.Id, rep.Id, Today, Recaps.Full(), rep.Id, At1830.AddMinutes(1), default)).Changed);
        }

        List<RecapRevision> afterFirst;
        await using (var db = await database.CreateContextAsync())
            afterFirst = await db.RecapRevisions.AsNoTracking().ToListAsync();

        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapAsync(team.Id, rep.Id, Today, second, rep.Id, At1830.AddMinutes(10), default);
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapAsync(team.Id, rep.Id, Today, third, manager.Id, At1830.AddMinutes(20), default);

        await using var read = await database.CreateContextAsync();
        var revisions = await read.RecapRevisions.AsNoTracking().OrderBy(r => r.Version).ToListAsync();
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Version));
        Assert.Equal([rep.Id, rep.Id, manager.Id], revisions.Select(r => r.ByMemberId));
        Assert.Equal([At1830, At1830.AddMinutes(10), At1830.AddMinutes(20)], revisions.Select(r => r.AtUtc));
        Assert.Null(revisions[0].BeforeJson);
        Assert.Equal(RecapJson.Write(first), revisions[0].AfterJson);
        Assert.Equal(revisions[0].AfterJson, revisions[1].BeforeJson);
        Assert.Equal(revisions[1].AfterJson, revisions[2].BeforeJson);
        Assert.Equal(15_000_00, RecapJson.Read(revisions[1].AfterJson).Planned[0].SignedAmountMinor);
        Assert.Equal(first.Vent, RecapJson.Read(revisions[0].AfterJson).Vent);
        Assert.Equal(third.Planned, RecapJson.Read(revisions[2].AfterJson).Planned);

        var firstThen = Assert.Single(afterFirst);
        Assert.Equal((firstThen.Id, firstThen.RecapId, firstThen.AtUtc, firstThen.BeforeJson, firstThen.AfterJson),
            (revisions[0].Id, revisions[0].RecapId, revisions[0].AtUtc, revisions[0].BeforeJson, revisions[0].AfterJson));
        Assert.Equal(3, (await read.FindRecapAsync(rep.Id, Today, default))!.Version);
    }

    [Fact]
    public async Task Revisions_cannot_be_changed_or_deleted_through_the_context_or_the_database()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapAsync(team.Id, rep.Id, Today, Recaps.Full(), rep.Id, At1830, default);

        await using (var db = await database.CreateContextAsync())
        {
            (await db.RecapRevisions.SingleAsync()).AfterJson = "{}";
            Assert.Contains("append-only", (await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message);
        }

        await using (var db = await database.CreateContextAsync())
        {
            db.RecapRevisions.Remove(await db.RecapRevisions.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = await database.CreateContextAsync())
        {
            var update = await Assert.ThrowsAnyAsync<Exception>(() => db.RecapRevisions.ExecuteUpdateAsync(s => s.SetProperty(r => r.AfterJson, "{}")));
            Assert.Contains("append-only", update.Message);
            var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.RecapRevisions.ExecuteDeleteAsync());
            Assert.Contains("append-only", delete.Message);
        }

        await using var read = await database.CreateContextAsync();
        Assert.Equal(RecapJson.Write(Recaps.Full()), (await read.RecapRevisions.SingleAsync()).AfterJson);
    }

    [Fact]
    public async Task Facts_are_derived_from_the_plan_and_replaced_when_the_recap_is_edited()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var plan = KickoffTeam.FullPlan();
        var recap = Recaps.Full();
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, recap, plan, rep.Id, At1830, default);

        await using (var read = await database.CreateContextAsync())
        {
            var facts = await read.VisitFacts.AsNoTracking().OrderBy(f => f.Row).ToListAsync();
            Assert.Equal(VisitFact.From(plan.Visits, recap), facts.Select(f => f.ToCore()));
            Assert.Equal(8, facts.Count); // six planned visits done, two unplanned
            Assert.All(facts, f => Assert.Equal((team.Id, rep.Id, Today, At1830), (f.TeamId, f.MemberId, f.WorkDate, f.LoggedAtUtc)));
            var before = await read.Database.SqlQueryRaw<string?>("SELECT \"Before\" AS \"Value\" FROM \"VisitFacts\" ORDER BY \"Row\"").ToListAsync();
            Assert.Equal("A", before[0]);
            Assert.Null(before[^1]); // an unplanned closing visit to a customer of unknown class
        }

        var edited = recap with { Planned = [.. recap.Planned.Select(p => p.Customer == "Huzhou Tea" ? new PlannedVisitResult(p.Customer, true, true, ClassAfter.B, 0) : p)] };
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, edited, plan, rep.Id, At1830.AddMinutes(30), default);

        await using var again = await database.CreateContextAsync();
        var replaced = await again.VisitFacts.AsNoTracking().OrderBy(f => f.Row).ToListAsync();
        Assert.Equal(VisitFact.From(plan.Visits, edited), replaced.Select(f => f.ToCore()));
        Assert.Equal(9, replaced.Count);
        Assert.All(replaced, f => Assert.Equal(At1830.AddMinutes(30), f.LoggedAtUtc));
    }

    [Fact]
    public async Task A_recap_without_a_plan_keeps_its_unplanned_visits_as_facts_and_a_mismatched_plan_writes_nothing()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Unplanned("Lishui Paper", "Quzhou Chemicals"), null, rep.Id, At1830, default);
            await Assert.ThrowsAsync<ArgumentException>(() =>
                db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.SmallPlan("Other"), rep.Id, At1830.AddMinutes(1), default));
        }

        await using var read = await database.CreateContextAsync();
        var facts = await read.VisitFacts.OrderBy(f => f.Row).ToListAsync();
        Assert.Equal(["Lishui Paper", "Quzhou Chemicals"], facts.Select(f => f.Customer));
        Assert.All(facts, f => Assert.False(f.Planned));
        Assert.Equal(1, await read.RecapRevisions.CountAsync());
    }

    [Fact]
    public async Task A_recap_first_saved_without_its_plan_gets_its_facts_when_saved_again_with_it()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var recap = Recaps.Small("Hangzhou Steel", ClassAfter.Signed);
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapAsync(team.Id, rep.Id, Today, recap, rep.Id, At1830, default);
        await using (var db = await database.CreateContextAsync())
        {
            var saved = await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, recap, KickoffTeam.SmallPlan("Hangzhou Steel"), rep.Id, At1830.AddMinutes(1), default);
            Assert.False(saved.Changed); // the recap itself did not change: no revision
        }

        await using var read = await database.CreateContextAsync();
        var fact = await read.VisitFacts.SingleAsync();
        Assert.Equal((ClassAfter.Signed, CustomerClass.B, 1_000_00L), (fact.After, fact.Before, fact.SignedAmountMinor));
        Assert.Equal(1, await read.RecapRevisions.CountAsync());
    }
}
