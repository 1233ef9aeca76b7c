using IronArmy.Data.Delivery;
using IronArmy.Data.Tests.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IronArmy.Data.Tests.Delivery;

public sealed class OutboxEnqueueTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase database = new();

    public Task InitializeAsync() => database.StartAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Keys_already_queued_are_skipped_and_only_new_ones_counted()
    {
        await using (var db = await database.CreateContextAsync())
        {
            Assert.Equal(2, await db.EnqueueAsync([Message("kickoff:1:2026-11-23", "first"), Message("kickoff:2:2026-11-23", "first")], CancellationToken.None));
        }

        await using (var db = await database.CreateContextAsync())
        {
            var added = await db.EnqueueAsync(
                [Message("kickoff:1:2026-11-23", "repeat"), Message("kickoff:2:2026-11-23", "repeat"), Message("kickoff:3:2026-11-23", "repeat")],
                CancellationToken.None);
            Assert.Equal(1, added);
        }

        await using (var check = await database.CreateContextAsync())
        {
            var rows = await check.Outbox.OrderBy(o => o.IdempotencyKey).Select(o => new { o.IdempotencyKey, o.ActivityJson }).ToListAsync();
            Assert.Equal(["kickoff:1:2026-11-23", "kickoff:2:2026-11-23", "kickoff:3:2026-11-23"], rows.Select(r => r.IdempotencyKey));
            // The repeat did not overwrite what was queued first.
            Assert.Equal(["first", "first", "repeat"], rows.Select(r => r.ActivityJson));
        }
    }

    [Fact]
    public async Task A_key_repeated_within_one_batch_is_queued_once()
    {
        await using var db = await database.CreateContextAsync();

        var added = await db.EnqueueAsync([Message("welcome:7", "a"), Message("welcome:7", "b")], CancellationToken.None);

        Assert.Equal(1, added);
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task A_batch_larger_than_one_lookup_chunk_is_checked_in_full()
    {
        await using (var db = await database.CreateContextAsync())
        {
            await db.EnqueueAsync([.. Enumerable.Range(0, 1200).Select(i => Message($"digest:{i}", "x"))], CancellationToken.None);
        }

        await using (var db = await database.CreateContextAsync())
        {
            var added = await db.EnqueueAsync([.. Enumerable.Range(0, 1300).Select(i => Message($"digest:{i}", "x"))], CancellationToken.None);
            Assert.Equal(100, added);
            Assert.Equal(1300, await db.Outbox.CountAsync());
        }
    }

    [Fact]
    public async Task A_key_queued_by_someone_else_in_between_is_skipped_not_failed()
    {
        // Another request inserts one of the keys after EnqueueAsync looked, before it saves.
        var racer = new InsertBeforeFirstSave(database, "share:2:2026-11-23");
        var options = new DbContextOptionsBuilder<IronArmyDbContext>()
            .UseSqlite(database.ConnectionString)
            .AddInterceptors(racer)
            .Options;
        await using (var db = new IronArmyDbContext(options))
        {
            var added = await db.EnqueueAsync(
                [Message("share:1:2026-11-23", "mine"), Message("share:2:2026-11-23", "mine"), Message("share:3:2026-11-23", "mine")],
                CancellationToken.None);

            Assert.True(racer.Fired);
            Assert.Equal(2, added);
        }

        await using var check = await database.CreateContextAsync();
        var rows = await check.Outbox.OrderBy(o => o.IdempotencyKey).Select(o => new { o.IdempotencyKey, o.ActivityJson }).ToListAsync();
        Assert.Equal(["share:1:2026-11-23", "share:2:2026-11-23", "share:3:2026-11-23"], rows.Select(r => r.IdempotencyKey));
        Assert.Equal(["mine", "theirs", "mine"], rows.Select(r => r.ActivityJson));
    }

    private static OutboxMessage Message(string key, string json)
    {
        var message = UniqueConstraintTests.NewMessage(key);
        message.ActivityJson = json;
        return message;
    }

    private sealed class InsertBeforeFirstSave(TempSqliteDatabase database, string key) : SaveChangesInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Fired)
            {
                Fired = true;
                await using var other = await database.CreateContextAsync();
                other.Outbox.Add(Message(key, "theirs"));
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
