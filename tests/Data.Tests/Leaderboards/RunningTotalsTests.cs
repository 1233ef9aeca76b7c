using System.Diagnostics;
using IronArmy.Core.Leaderboards;
using IronArmy.Core.Teams;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Teams;
using IronArmy.Data.Tests.EveningShare;
using IronArmy.Data.Tests.Kickoff;
using IronArmy.Data.Tests.Storage;
using IronArmy.Data.Tiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace IronArmy.Data.Tests.Leaderboards;

/// <summary>
/// The day rollups' running totals (what the 271 subtracts) against the plain sums of the rows, after
/// every kind of write on a real SQLite file: recap saves, a late edit of an older day, an older day
/// added after later ones, a removal, a row moved to another date.
/// </summary>
public sealed class RunningTotalsTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    private static RepDayTally Day(DateOnly date, long signed, int visits = 8, int validNew = 2, int toA = 0) =>
        new(date, visits, validNew, signed, signed > 0 ? 1 : 0, signed, toA, false, false);

    private static RepDayTally Day(string date, long signed, int visits = 8, int validNew = 2, int toA = 0) =>
        Day(DateOnly.Parse(date), signed, visits, validNew, toA);

    /// <summary>Every row's running totals equal the sums of that rep's rows up to and including its day.</summary>
    private async Task AssertRunningTotalsAreTheSumsAsync(int expectedRows)
    {
        await using var read = await database.CreateContextAsync();
        var rows = await read.RepDayRollups.AsNoTracking().ToListAsync();
        Assert.Equal(expectedRows, rows.Count);
        foreach (var row in rows)
        {
            var upTo = rows.Where(r => r.MemberId == row.MemberId && r.WorkDate <= row.WorkDate).ToList();
            Assert.Equal(
                (upTo.Sum(r => r.SignedAmountMinor), upTo.Sum(r => r.ValidNewCustomers), upTo.Sum(r => r.Visits), upTo.Sum(r => r.AConversions), upTo.Count),
                (row.RunningSignedAmountMinor, row.RunningValidNewCustomers, row.RunningVisits, row.RunningAConversions, row.RunningDays));
        }
    }

    [Fact]
    public async Task A_late_edit_of_an_older_recap_restates_the_later_days_running_totals()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei");
        var li = team.Named("Li Na");
        var wang = team.Named("Wang Wei");
        DateOnly[] days = [new(2026, 11, 2), new(2026, 11, 3), new(2026, 11, 30), new(2026, 12, 1)];
        foreach (var day in days)
        {
            await using var db = await database.CreateContextAsync();
            await db.SaveRecapWithFactsAsync(team.Id, li.Id, day, Recaps.Full(), KickoffTeam.FullPlan(), li.Id, Now, default);
        }

        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapWithFactsAsync(team.Id, wang.Id, days[1], Recaps.Full(), KickoffTeam.FullPlan(), wang.Id, Now, default);
        await AssertRunningTotalsAreTheSumsAsync(5);

        // Li Na lowers 3 November's signing a month later: her three later rows move, Wang Wei's not.
        await using (var db = await database.CreateContextAsync())
            await db.SaveRecapWithFactsAsync(team.Id, li.Id, days[1], Recaps.Full(signedMinor: 2_000_00), KickoffTeam.FullPlan(), li.Id, Now.AddDays(30), default);

        await AssertRunningTotalsAreTheSumsAsync(5);
        await using var read = await database.CreateContextAsync();
        var last = await read.RepDayRollups.AsNoTracking().SingleAsync(r => r.MemberId == li.Id && r.WorkDate == days[3]);
        Assert.Equal(4 * 15_500_00 - 10_000_00, last.RunningSignedAmountMinor);
        Assert.Equal(4, last.RunningDays);
    }

    [Fact]
    public async Task An_older_day_added_edited_moved_or_removed_after_later_ones_keeps_every_later_total_right()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var li = team.Named("Li Na");
        await AddAsync(team.Id, li.Id, Day("2026-11-10", 100, toA: 1), Day("2026-11-20", 200), Day("2026-11-30", 300, visits: 3));
        await AssertRunningTotalsAreTheSumsAsync(3);

        // A day between stored ones, saved after them (a recap caught up late).
        await AddAsync(team.Id, li.Id, Day("2026-11-15", 50, validNew: 7));
        await AssertRunningTotalsAreTheSumsAsync(4);

        await using (var db = await database.CreateContextAsync())
        {
            (await db.RepDayRollups.SingleAsync(r => r.WorkDate == new DateOnly(2026, 11, 10))).Hold(Day("2026-11-10", 1_000, visits: 1), Now);
            await db.SaveChangesAsync();
        }

        await AssertRunningTotalsAreTheSumsAsync(4);

        await using (var db = await database.CreateContextAsync())
        {
            db.RepDayRollups.Remove(await db.RepDayRollups.SingleAsync(r => r.WorkDate == new DateOnly(2026, 11, 15)));
            await db.SaveChangesAsync();
        }

        await AssertRunningTotalsAreTheSumsAsync(3);

        // A row moved later than the next one: both its old and new places are restated.
        await using (var db = await database.CreateContextAsync())
        {
            (await db.RepDayRollups.SingleAsync(r => r.WorkDate == new DateOnly(2026, 11, 10))).WorkDate = new DateOnly(2026, 11, 25);
            await db.SaveChangesAsync();
        }

        await AssertRunningTotalsAreTheSumsAsync(3);
    }

    [Fact]
    public async Task Any_mix_of_writes_in_one_save_or_many_keeps_the_totals_equal_to_the_sums()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na", "Wang Wei", "Chen Jing");
        long[] members = [.. team.Members.Select(m => m.Id)];
        var random = new Random(271);
        var first = new DateOnly(2026, 10, 1);
        var rows = 0;
        for (var save = 0; save < 40; save++)
        {
            await using var db = await database.CreateContextAsync();
            // Some saves synchronously, as a caller of SaveChanges() would.
            var sync = save % 5 == 0;
            for (var change = random.Next(1, 5); change > 0; change--)
            {
                var member = members[random.Next(members.Length)];
                var date = first.AddDays(random.Next(60));
                var row = db.RepDayRollups.Local.SingleOrDefault(r => r.MemberId == member && r.WorkDate == date)
                    ?? await db.RepDayRollups.SingleOrDefaultAsync(r => r.MemberId == member && r.WorkDate == date);
                if (row is not null && db.Entry(row).State == EntityState.Deleted) continue;
                if (row is null)
                {
                    db.RepDayRollups.Add(RepDayRollup.Of(team.Id, member, Day(date, random.Next(0, 5) * 1_000, random.Next(10), random.Next(4), random.Next(2)), Now));
                    rows++;
                }
                else if (random.Next(3) == 0 && db.Entry(row).State != EntityState.Added)
                {
                    db.RepDayRollups.Remove(row);
                    rows--;
                }
                else
                {
                    row.Hold(Day(date, random.Next(0, 5) * 1_000, random.Next(10), random.Next(4), random.Next(2)), Now);
                }
            }

            if (sync) db.SaveChanges();
            else await db.SaveChangesAsync();
        }

        await AssertRunningTotalsAreTheSumsAsync(rows);
    }

    [Fact]
    public async Task The_271_sums_follow_an_edit_inside_the_window_and_ignore_one_before_it()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var li = team.Named("Li Na");
        await AddAsync(team.Id, li.Id, Day("2026-11-02", 1_000), Day("2026-11-24", 100), Day("2026-12-01", 200));

        async Task<WindowSums> NowAsync()
        {
            await using var db = await database.CreateContextAsync();
            var window = await db.TierWindowAsync(team.Id, TeamZone.Of("Asia/Shanghai"), new(2026, 11, 23), new(2026, 12, 4), default);
            return window.Single(r => r.Rep.MemberId == li.Id).Sums;
        }

        Assert.Equal(new WindowSums(300, 4, 16, 0), await NowAsync());
        await EditAsync(new DateOnly(2026, 11, 2), Day("2026-11-02", 9_000, visits: 1));
        Assert.Equal(new WindowSums(300, 4, 16, 0), await NowAsync());
        await EditAsync(new DateOnly(2026, 11, 24), Day("2026-11-24", 5, visits: 1, toA: 2));
        Assert.Equal(new WindowSums(205, 4, 9, 2), await NowAsync());

        async Task EditAsync(DateOnly date, RepDayTally tally)
        {
            await using var db = await database.CreateContextAsync();
            (await db.RepDayRollups.SingleAsync(r => r.MemberId == li.Id && r.WorkDate == date)).Hold(tally, Now);
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task The_migration_backfills_the_rows_stored_before_it()
    {
        await using var old = new TempSqliteDatabase(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" });
        await using (var db = await old.CreateContextAsync())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var running = migrations.FindIndex(m => m.EndsWith("_RunningTotals", StringComparison.Ordinal));
            Assert.True(running > 0, "the RunningTotals migration exists and is not the first");
            await db.GetService<IMigrator>().MigrateAsync(migrations[running - 1]);
        }

        var team = await KickoffTeam.WithRepsAsync(old, "Li Na", "Wang Wei");
        await using (var db = await old.CreateContextAsync())
        {
            // Rows as the schema before the migration had them, out of date order.
            foreach (var (member, date, signed, visits) in new[] { ("Li Na", "2026-11-20", 200, 3), ("Li Na", "2026-11-10", 100, 5), ("Wang Wei", "2026-11-15", 7, 1), ("Li Na", "2026-11-30", 300, 2) })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"RepDayRollups\" (\"TeamId\", \"MemberId\", \"WorkDate\", \"Visits\", \"ValidNewCustomers\", \"SignedAmountMinor\", \"Signings\", \"BiggestDealMinor\", \"AConversions\", \"MetValidNewStandard\", \"MetStandard\", \"UpdatedAtUtc\") " +
                    "VALUES ({0}, {1}, {2}, {3}, 1, {4}, 1, {4}, 1, 0, 0, '2026-12-01 10:00:00')",
                    team.Id, team.Named(member).Id, date, visits, signed);
            }

            await db.Database.MigrateAsync();
        }

        await using var read = await old.CreateContextAsync();
        var rows = await read.RepDayRollups.AsNoTracking().OrderBy(r => r.MemberId).ThenBy(r => r.WorkDate).ToListAsync();
        Assert.Equal(
            [(100L, 5, 1, 1, 1), (300L, 8, 2, 2, 2), (600L, 10, 3, 3, 3), (7L, 1, 1, 1, 1)],
            rows.Select(r => (r.RunningSignedAmountMinor, r.RunningVisits, r.RunningValidNewCustomers, r.RunningAConversions, r.RunningDays)));
    }

    [Fact]
    public void The_sql_server_migration_backfills_with_window_sums_per_rep_in_date_order()
    {
        using var db = SqlServerContexts.Create();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("ALTER TABLE [RepDayRollups] ADD [RunningSignedAmountMinor] bigint NOT NULL DEFAULT CAST(0 AS bigint)", script);
        Assert.Contains("SUM([SignedAmountMinor]) OVER (PARTITION BY [MemberId] ORDER BY [WorkDate] ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)", script);
        Assert.Contains("UPDATE w SET [RunningSignedAmountMinor] = [S]", script);
    }

    [Fact]
    public async Task Two_saves_for_one_rep_at_once_restate_in_turn_never_from_the_others_old_totals()
    {
        var team = await KickoffTeam.WithRepsAsync(database, "Li Na");
        var li = team.Named("Li Na");
        await AddAsync(team.Id, li.Id, Day("2026-11-10", 100), Day("2026-11-20", 200));

        // A manager's late edit of 10 November, saved in a transaction not yet committed (it holds SQLite's write lock)…
        await using var edit = await database.CreateContextAsync();
        await using var editing = await edit.Database.BeginTransactionAsync();
        (await edit.RepDayRollups.SingleAsync(r => r.WorkDate == new DateOnly(2026, 11, 10))).Hold(Day("2026-11-10", 1_000, visits: 1), Now);
        await edit.SaveChangesAsync();

        // …while Li Na's recap of 30 November is saved. Her save is held just after its first read (or as it
        // waits for the lock), the edit commits, and then her save goes on: it must not build on the totals it
        // could have read before the edit.
        await using var recap = await database.CreateContextAsync();
        recap.RepDayRollups.Add(RepDayRollup.Of(team.Id, li.Id, Day("2026-11-30", 300), Now));
        using var hold = new SaveHold(recap);
        var saving = Task.Run(() => recap.SaveChangesAsync());
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await editing.CommitAsync();
        hold.Release();
        await saving;

        await AssertRunningTotalsAreTheSumsAsync(3);
    }

    /// <summary>
    /// Holds one context's save at the point a concurrent writer could slip in: when it starts a
    /// transaction, or after its first command has run (a read outside any transaction), whichever is first.
    /// Through EF's diagnostic events, so the context is the product's own.
    /// </summary>
    private sealed class SaveHold : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly DbContext context;
        private readonly ManualResetEventSlim released = new();
        private readonly List<IDisposable> subscriptions = [];
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SaveHold(DbContext context)
        {
            this.context = context;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public Task Reached => reached.Task;

        public void Release() => released.Set();

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Value is not DbContextEventData { Context: var c } || c != context || released.IsSet) return;
            if (e.Key == RelationalEventId.TransactionStarting.Name) reached.TrySetResult();
            else if (e.Key == RelationalEventId.CommandExecuted.Name && reached.TrySetResult()) released.Wait(TimeSpan.FromSeconds(30));
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
            released.Dispose();
        }
    }

    private async Task AddAsync(long teamId, long memberId, params RepDayTally[] days)
    {
        await using var db = await database.CreateContextAsync();
        db.RepDayRollups.AddRange(days.Select(d => RepDayRollup.Of(teamId, memberId, d, Now)));
        await db.SaveChangesAsync();
    }
}
