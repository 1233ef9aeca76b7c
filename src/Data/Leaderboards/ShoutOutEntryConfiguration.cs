using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Leaderboards;

internal sealed class ShoutOutEntryConfiguration : IEntityTypeConfiguration<ShoutOutEntry>
{
    public void Configure(EntityTypeBuilder<ShoutOutEntry> b)
    {
        b.ToTable("ShoutOuts");
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.DedupKey).HasMaxLength(ShoutOutEntry.MaxKeyLength);
        b.Property(s => s.Customer).HasMaxLength(ShoutOutEntry.MaxCustomerLength);
        b.Property(s => s.ClubPeriod).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.FromClass).HasConversion<string>().HasMaxLength(8);
        b.Property(s => s.PostKey).HasMaxLength(ShoutOutEntry.MaxKeyLength);
        // A moment is told once, however many saves or instances find it.
        b.HasIndex(s => new { s.TeamId, s.DedupKey }).IsUnique();
        // The team's waiting moments (PostKey null) and its last post.
        b.HasIndex(s => new { s.TeamId, s.PostKey, s.DetectedAtUtc });
        b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
