using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Kickoff;

internal sealed class KickoffPlanEntryConfiguration : IEntityTypeConfiguration<KickoffPlanEntry>
{
    public void Configure(EntityTypeBuilder<KickoffPlanEntry> b)
    {
        b.ToTable("KickoffPlans");
        // Members belong to one team, so member + date is the natural key; team + date serves the board.
        b.HasIndex(p => new { p.MemberId, p.WorkDate }).IsUnique();
        b.HasIndex(p => new { p.TeamId, p.WorkDate });
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.NewCustomers).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        // Restrict: deleting a plan must not silently take its audit trail with it.
        b.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KickoffPlanVisitConfiguration : IEntityTypeConfiguration<KickoffPlanVisit>
{
    public void Configure(EntityTypeBuilder<KickoffPlanVisit> b)
    {
        b.ToTable("KickoffPlanVisits");
        b.Property(v => v.Customer).HasMaxLength(KickoffPlanVisit.MaxCustomerLength);
        b.Property(v => v.CustomerKey).HasMaxLength(KickoffPlanVisit.MaxCustomerLength);
        b.Property(v => v.Class).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.KeyPerson).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(v => new { v.PlanId, v.Row }).IsUnique();
        // An unplanned visit's class before it: the classes the team's plans gave the customer (plans are narrowed to the team by PlanId).
        b.HasIndex(v => new { v.CustomerKey, v.PlanId });
    }
}

internal sealed class KickoffPlanNewCustomerConfiguration : IEntityTypeConfiguration<KickoffPlanNewCustomer>
{
    public void Configure(EntityTypeBuilder<KickoffPlanNewCustomer> b)
    {
        b.ToTable("KickoffPlanNewCustomers");
        b.Property(c => c.Name).HasMaxLength(KickoffPlanNewCustomer.MaxNameLength);
        b.HasIndex(c => new { c.PlanId, c.Row }).IsUnique();
    }
}

internal sealed class KickoffPlanRevisionConfiguration : IEntityTypeConfiguration<KickoffPlanRevision>
{
    /// <summary>Created by the Kickoff migrations; declared so EF on SQL Server does not use OUTPUT without INTO on this table.</summary>
    public const string AppendOnlyTrigger = "TR_KickoffPlanRevisions_AppendOnly";

    public void Configure(EntityTypeBuilder<KickoffPlanRevision> b)
    {
        b.ToTable("KickoffPlanRevisions", t => t.HasTrigger(AppendOnlyTrigger));
        b.HasIndex(r => new { r.PlanId, r.Version }).IsUnique();
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.ByMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
