using IronArmy.Core.EveningShare;
using IronArmy.Core.Kickoff;
using IronArmy.Core.Leaderboards;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Tests.EveningShare;
using IronArmy.Data.Tests.Kickoff;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data.Tests.Leaderboards;

public sealed class RepDayRollupTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime At1830 = new(2026, 11, 23, 10, 30, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    // Recaps.Full against KickoffTeam.FullPlan: 6 planned visits done + 2 unplanned; Hangzhou Steel
    // signed (12,000) and Quzhou Chemicals signed (3,500); Ningbo Port Logistics B→A; 2 valid new.
    private static readonly RepDayTally FullDay = new(Today, 8, 2, 15_500_00, 2, 12_000_00, 1, MetValidNewStandard: false, MetStandard: false);

    private async Task<RepMonthRollup[]> MonthRollupsAsync()
    {
        await using var read = await database.CreateContextAsync();
        return await read.RepMonthRollups.AsNoTracking().OrderBy(r => r.MemberId).ThenBy(r => r.Month).ToArrayAsync();
    }

    private async Task<RepDayRollup[]> RollupsAsync()
    {
        await using var read = await database.CreateContextAsync();
        return await read.RepDayRollups.AsNoTracking().OrderBy(r => r.MemberId).ThenBy(r => r.WorkDate).ToArrayAsync();
    }

    [Fact]
    public async Task Saving_a_recap_writes_the_day_s_rollup_in_the_same_save()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");

        await using (var db = await database.CreateContextAsync())
        {
            var saved = await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default);
            Assert.Null(saved.Day.Before);
            Assert.Empty(saved.Day.BeforeVisits);
            Assert.Equal(FullDay, saved.Day.After);
            Assert.Equal(8, saved.Day.AfterVisits.Count);
        }

        var rollup = Assert.Single(await RollupsAsync());
        Assert.Equal((team.Id, rep.Id, Today), (rollup.TeamId, rollup.MemberId, rollup.WorkDate));
        Assert.Equal(FullDay, rollup.ToCore());
        Assert.Equal(At1830, rollup.UpdatedAtUtc);
    }

    [Fact]
    public async Task An_edit_replaces_the_rollup_and_one_that_lowers_the_amount_lowers_it()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default);

        RecapSaved lowered;
        await using (var db = await database.CreateContextAsync())
            lowered = await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(signedMinor: 2_000_00), KickoffTeam.FullPlan(), rep.Id, At1830.AddMinutes(5), default);

        Assert.Equal(FullDay, lowered.Day.Before);
        Assert.Equal(FullDay with { SignedAmountMinor = 5_500_00, BiggestDealMinor = 3_500_00 }, lowered.Day.After);
        var rollup = Assert.Single(await RollupsAsync());
        Assert.Equal(5_500_00, rollup.SignedAmountMinor);
        Assert.Equal(3_500_00, rollup.BiggestDealMinor);
        Assert.Equal(At1830.AddMinutes(5), rollup.UpdatedAtUtc);
        var month = Assert.Single(await MonthRollupsAsync());
        Assert.Equal(new RepTotals(rep.Id, 5_500_00, 2, 8, 2, 1, 1), month.ToCore());
        Assert.Equal(2, month.Version);
    }

    [Fact]
    public async Task The_month_rollup_is_the_sum_of_the_month_s_days_through_submits_and_edits()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var li = team.Named("Li Na").Id;
        var wang = team.Named("Wang Wei").Id;
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapWithFactsAsync(team.Id, li, new(2026, 11, 2), Recaps.Full(), KickoffTeam.FullPlan(), li, At1830, default);
            await db.SaveRecapWithFactsAsync(team.Id, li, new(2026, 11, 30), Recaps.Small("A", ClassAfter.Signed), KickoffTeam.SmallPlan("A"), li, At1830, default);
            await db.SaveRecapWithFactsAsync(team.Id, li, new(2026, 12, 1), Recaps.Small("B", ClassAfter.Signed), KickoffTeam.SmallPlan("B"), li, At1830, default);
            await db.SaveRecapWithFactsAsync(team.Id, wang, new(2026, 11, 3), Recaps.Small("C", ClassAfter.A), KickoffTeam.SmallPlan("C"), wang, At1830, default);
            // An edit of an earlier day of the month: the month is recomputed, not added to.
            await db.SaveRecapWithFactsAsync(team.Id, li, new(2026, 11, 2), Recaps.Full(signedMinor: 100_00), KickoffTeam.FullPlan(), li, At1830.AddDays(1), default);
        }

        await using var read = await database.CreateContextAsync();
        var november = new DateOnly(2026, 11, 1);
        var byDays = await read.TeamPeriodTotalsAsync(team.Id, november, new DateOnly(2026, 11, 30), default);
        var byMonth = await read.TeamMonthTotalsAsync(team.Id, november, default);
        Assert.Equal(byDays, byMonth);
        Assert.Equal(new RepTotals(li, 100_00 + 3_500_00 + 1_000_00, 3, 9, 2, 1, 2), byMonth[li]);
        Assert.Equal(new RepTotals(wang, 0, 0, 1, 0, 1, 1), byMonth[wang]); // SmallPlan's B customer moved to A
        Assert.Equal(1_000_00, (await read.TeamMonthTotalsAsync(team.Id, new DateOnly(2026, 12, 15), default))[li].SignedAmountMinor);
        Assert.Equal(3, (await MonthRollupsAsync()).Length);
    }

    [Fact]
    public async Task An_edit_to_a_smaller_day_and_the_valid_new_standard_follow()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        var threeValid = Recaps.Small("Hangzhou Steel", ClassAfter.Signed) with
        {
            NewCustomers = [new("N1", true, true, true), new("N2", true, true, true), new("N3", true, true, true)],
        };
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default);
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, threeValid, KickoffTeam.SmallPlan("Hangzhou Steel"), rep.Id, At1830.AddMinutes(1), default);
        }

        // SmallPlan's one visit is a B customer; signed for 1,000.
        Assert.Equal(new RepDayTally(Today, 1, 3, 1_000_00, 1, 1_000_00, 0, MetValidNewStandard: true, MetStandard: false), Assert.Single(await RollupsAsync()).ToCore());
    }

    [Fact]
    public async Task An_unchanged_resubmit_writes_nothing_but_a_day_without_a_rollup_gets_one()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default);

        await using (var db = await database.CreateContextAsync())
        {
            var again = await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830.AddMinutes(9), default);
            Assert.False(again.Changed);
            Assert.Equal(again.Day.Before, again.Day.After);
        }

        Assert.Equal(At1830, Assert.Single(await RollupsAsync()).UpdatedAtUtc);

        // A recap stored before rollups existed: the next save, even unchanged, adds its row.
        await using (var db = await database.CreateContextAsync())
            await db.RepDayRollups.ExecuteDeleteAsync();
        await using (var db = await database.CreateContextAsync())
            Assert.False((await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830.AddMinutes(10), default)).Changed);

        Assert.Equal(FullDay, Assert.Single(await RollupsAsync()).ToCore());
        Assert.Equal(1, Assert.Single(await MonthRollupsAsync()).Days);
    }

    [Fact]
    public async Task A_save_without_the_plan_keeps_the_facts_and_rolls_up_from_them()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
        {
            await db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default);
            var withoutFacts = Recaps.Full() with { NewCustomers = [.. Recaps.Full().NewCustomers, new NewCustomerCandidate("Taizhou Pumps", true, true, true)] };
            await db.SaveRecapAsync(team.Id, rep.Id, Today, withoutFacts, rep.Id, At1830.AddMinutes(3), default);
        }

        Assert.Equal(FullDay with { ValidNewCustomers = 3, MetValidNewStandard = true }, Assert.Single(await RollupsAsync()).ToCore());
    }

    [Fact]
    public async Task Each_rep_and_day_has_its_own_rollup()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        await using (var db = await database.CreateContextAsync())
        {
            foreach (var name in new[] { "Li Na", "Wang Wei" })
            {
                var id = team.Named(name).Id;
                await db.SaveRecapWithFactsAsync(team.Id, id, Today, Recaps.Full(), KickoffTeam.FullPlan(), id, At1830, default);
                await db.SaveRecapWithFactsAsync(team.Id, id, Today.AddDays(1), Recaps.Small("X", ClassAfter.Signed), KickoffTeam.SmallPlan("X"), id, At1830.AddDays(1), default);
            }
        }

        var rollups = await RollupsAsync();
        Assert.Equal(4, rollups.Length);
        Assert.Equal([15_500_00, 1_000_00, 15_500_00, 1_000_00], rollups.Select(r => r.SignedAmountMinor));
        await using var read = await database.CreateContextAsync();
        await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            read.RepDayRollups.Add(RepDayRollup.Of(team.Id, team.Named("Li Na").Id, FullDay, At1830));
            await read.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task When_the_rollup_cannot_be_written_the_recap_is_not_stored_either()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var rep = team.Named("Li Na");
        await using (var db = await database.CreateContextAsync())
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER \"TestRefuseRollups\" BEFORE INSERT ON \"RepDayRollups\" BEGIN SELECT RAISE(ABORT, 'refused'); END;");

        await using (var db = await database.CreateContextAsync())
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveRecapWithFactsAsync(team.Id, rep.Id, Today, Recaps.Full(), KickoffTeam.FullPlan(), rep.Id, At1830, default));

        await using var read = await database.CreateContextAsync();
        Assert.Equal(0, await read.Recaps.CountAsync());
        Assert.Equal(0, await read.VisitFacts.CountAsync());
        Assert.Equal(0, await read.RecapRevisions.CountAsync());
        Assert.Equal(0, await read.RepMonthRollups.CountAsync());
    }
}
