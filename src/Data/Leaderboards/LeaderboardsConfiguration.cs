using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Leaderboards;

internal sealed class RepDayRollupConfiguration : IEntityTypeConfiguration<RepDayRollup>
{
    public void Configure(EntityTypeBuilder<RepDayRollup> b)
    {
        b.ToTable("RepDayRollups");
        // One per recap; also the rep's own history (million club sums, streak) by date range.
        b.HasIndex(r => new { r.MemberId, r.WorkDate }).IsUnique();
        // Covering the board's GROUP BY (team, date range → sums per member) and the week's biggest
        // deal / today's first signing: every column those read is in the key, because SQLite has
        // no INCLUDE columns and then reads the index alone, never the table.
        b.HasIndex(r => new { r.TeamId, r.WorkDate, r.MemberId, r.SignedAmountMinor, r.Signings, r.Visits, r.ValidNewCustomers, r.AConversions, r.BiggestDealMinor })
            .HasDatabaseName(RepDayRollup.BoardIndexName);
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepMonthRollupConfiguration : IEntityTypeConfiguration<RepMonthRollup>
{
    public void Configure(EntityTypeBuilder<RepMonthRollup> b)
    {
        b.ToTable("RepMonthRollups");
        b.HasIndex(r => new { r.MemberId, r.Month }).IsUnique();
        // Covering the monthly board: one index range per team and month, the table never read.
        b.HasIndex(r => new { r.TeamId, r.Month, r.MemberId, r.SignedAmountMinor, r.Signings, r.Visits, r.ValidNewCustomers, r.AConversions, r.Days })
            .HasDatabaseName(RepMonthRollup.BoardIndexName);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BattleMonthEntryConfiguration : IEntityTypeConfiguration<BattleMonthEntry>
{
    public void Configure(EntityTypeBuilder<BattleMonthEntry> b)
    {
        b.ToTable("BattleMonths");
        b.HasIndex(m => new { m.TeamId, m.Month }).IsUnique();
        b.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(m => m.SetByMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
