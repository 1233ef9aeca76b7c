using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.EveningShare;

internal sealed class RecapEntryConfiguration : IEntityTypeConfiguration<RecapEntry>
{
    public void Configure(EntityTypeBuilder<RecapEntry> b)
    {
        b.ToTable("Recaps");
        // Members belong to one team, so member + date is the natural key; team + date serves the digest.
        b.HasIndex(r => new { r.MemberId, r.WorkDate }).IsUnique();
        b.HasIndex(r => new { r.TeamId, r.WorkDate });
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.VentText).HasMaxLength(RecapEntry.MaxTextLength);
        b.Property(r => r.VentVisibility).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.WinText).HasMaxLength(RecapEntry.MaxTextLength);
        b.Property(r => r.WinVisibility).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.HelpStuck).HasMaxLength(RecapEntry.MaxTextLength);
        b.Property(r => r.HelpCustomer).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Planned).WithOne().HasForeignKey(v => v.RecapId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Unplanned).WithOne().HasForeignKey(v => v.RecapId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.NewCustomers).WithOne().HasForeignKey(c => c.RecapId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Tomorrow).WithOne().HasForeignKey(c => c.RecapId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Facts).WithOne().HasForeignKey(f => f.RecapId).OnDelete(DeleteBehavior.Cascade);
        // Restrict: deleting a recap must not silently take its audit trail with it.
        b.HasMany(r => r.Revisions).WithOne().HasForeignKey(r => r.RecapId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecapPlannedVisitConfiguration : IEntityTypeConfiguration<RecapPlannedVisit>
{
    public void Configure(EntityTypeBuilder<RecapPlannedVisit> b)
    {
        b.ToTable("RecapPlannedVisits");
        b.Property(v => v.Customer).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.Property(v => v.After).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(v => new { v.RecapId, v.Row }).IsUnique();
    }
}

internal sealed class RecapUnplannedVisitConfiguration : IEntityTypeConfiguration<RecapUnplannedVisit>
{
    public void Configure(EntityTypeBuilder<RecapUnplannedVisit> b)
    {
        b.ToTable("RecapUnplannedVisits");
        b.Property(v => v.Customer).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.Property(v => v.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.After).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(v => new { v.RecapId, v.Row }).IsUnique();
    }
}

internal sealed class RecapNewCustomerConfiguration : IEntityTypeConfiguration<RecapNewCustomer>
{
    public void Configure(EntityTypeBuilder<RecapNewCustomer> b)
    {
        b.ToTable("RecapNewCustomers");
        b.Property(c => c.Name).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.HasIndex(c => new { c.RecapId, c.Row }).IsUnique();
    }
}

internal sealed class RecapTomorrowCustomerConfiguration : IEntityTypeConfiguration<RecapTomorrowCustomer>
{
    public void Configure(EntityTypeBuilder<RecapTomorrowCustomer> b)
    {
        b.ToTable("RecapTomorrowCustomers");
        b.Property(c => c.Customer).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.HasIndex(c => new { c.RecapId, c.Row }).IsUnique();
    }
}

internal sealed class VisitFactEntryConfiguration : IEntityTypeConfiguration<VisitFactEntry>
{
    public void Configure(EntityTypeBuilder<VisitFactEntry> b)
    {
        b.ToTable("VisitFacts");
        b.Property(f => f.Customer).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.Property(f => f.CustomerKey).HasMaxLength(RecapPlannedVisit.MaxCustomerLength);
        b.Property(f => f.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Before).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.After).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(f => new { f.RecapId, f.Row }).IsUnique();
        // The digest reads a team's history by date range.
        b.HasIndex(f => new { f.TeamId, f.WorkDate });
        // An unplanned visit's class before it: the team's earlier visits to the customer.
        b.HasIndex(f => new { f.TeamId, f.CustomerKey, f.WorkDate });
    }
}

internal sealed class RecapRevisionConfiguration : IEntityTypeConfiguration<RecapRevision>
{
    /// <summary>Created by the EveningShare migrations; declared so EF on SQL Server does not use OUTPUT without INTO on this table.</summary>
    public const string AppendOnlyTrigger = "TR_RecapRevisions_AppendOnly";

    public void Configure(EntityTypeBuilder<RecapRevision> b)
    {
        b.ToTable("RecapRevisions", t => t.HasTrigger(AppendOnlyTrigger));
        b.HasIndex(r => new { r.RecapId, r.Version }).IsUnique();
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.ByMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
