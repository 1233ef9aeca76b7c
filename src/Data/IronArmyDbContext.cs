using IronArmy.Data.Calendar;
using IronArmy.Data.Delivery;
using IronArmy.Data.EveningShare;
using IronArmy.Data.Forms;
using IronArmy.Data.Kickoff;
using IronArmy.Data.Leaderboards;
using IronArmy.Data.Storage;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;

namespace IronArmy.Data;

/// <summary>
/// The one model both providers share. At run time the instance is a provider subclass
/// (<see cref="SqliteIronArmyDbContext"/> or <see cref="SqlServerIronArmyDbContext"/>) because
/// EF Core finds migrations by context type, and each provider keeps its own migration set.
/// </summary>
public class IronArmyDbContext : DbContext
{
    /// <summary>For tests and tools that build the model without migrations (e.g. <c>EnsureCreated</c>).</summary>
    public IronArmyDbContext(DbContextOptions<IronArmyDbContext> options)
        : base(options)
    {
    }

    protected IronArmyDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<KickoffPlanEntry> KickoffPlans => Set<KickoffPlanEntry>();

    public DbSet<KickoffPlanRevision> KickoffPlanRevisions => Set<KickoffPlanRevision>();


    public DbSet<TeamCalendarDay> TeamCalendarDays => Set<TeamCalendarDay>();

    public DbSet<MemberLeave> MemberLeaves => Set<MemberLeave>();

    public DbSet<RecapEntry> Recaps => Set<RecapEntry>();

    public DbSet<RecapRevision> RecapRevisions => Set<RecapRevision>();

    public DbSet<VisitFactEntry> VisitFacts => Set<VisitFactEntry>();

    public DbSet<RepDayRollup> RepDayRollups => Set<RepDayRollup>();

    public DbSet<RepMonthRollup> RepMonthRollups => Set<RepMonthRollup>();

    public DbSet<BattleMonthEntry> BattleMonths => Set<BattleMonthEntry>();

    public DbSet<ShoutOutEntry> ShoutOuts => Set<ShoutOutEntry>();

    public DbSet<KeptWords> KeptWords => Set<KeptWords>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnlyRecords.Check(ChangeTracker);
        var changed = RunningTotals.Changed(ChangeTracker);
        if (changed.Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        RunningTotals.Stage(this, changed);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        own?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendOnlyRecords.Check(ChangeTracker);
        // Here rather than in each writer, so no write of a day rollup can leave later running totals stale.
        var changed = RunningTotals.Changed(ChangeTracker);
        if (changed.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // The totals are read and written in one transaction, after the reps' rows are locked (RunningTotals).
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await RunningTotals.StageAsync(this, changed, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (own is not null) await own.CommitAsync(cancellationToken);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IronArmyDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTime as text without a kind; instants are UTC everywhere in this model.
        // (Covers DateTime? properties too.)
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
