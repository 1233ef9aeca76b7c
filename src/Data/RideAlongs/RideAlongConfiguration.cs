using IronArmy.Core.RideAlongs;
using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.RideAlongs;

internal sealed class RideAlongConfiguration : IEntityTypeConfiguration<RideAlongEntry>
{
    public void Configure(EntityTypeBuilder<RideAlongEntry> b)
    {
        b.ToTable("RideAlongs");
        b.Property(r => r.Customer).HasMaxLength(RideAlongLimits.MaxCustomerLength * 2);
        b.Property(r => r.Skill).HasMaxLength(RideAlongLimits.MaxSkillLength * 2);
        b.Property(r => r.SkillKey).HasMaxLength(RideAlongLimits.MaxSkillLength * 2);
        // Limits count characters as people see them; a character may be two UTF-16 units (𠮷), hence twice.
        b.Property(r => r.WentWell).HasMaxLength(RideAlongLimits.MaxTextLength * 2);
        b.Property(r => r.OneChange).HasMaxLength(RideAlongLimits.MaxTextLength * 2);
        b.Property(r => r.FollowUp).HasMaxLength(RideAlongLimits.MaxTextLength * 2);
        b.Property(r => r.PrivateRemarks).HasMaxLength(RideAlongLimits.MaxTextLength * 2);
        b.Property(r => r.Stage).HasConversion<int>();
        // A rep's history; a team's last ride-along per rep; the follow-ups due on a date; a manager's week.
        b.HasIndex(r => new { r.RepMemberId, r.WorkDate });
        b.HasIndex(r => new { r.TeamId, r.RepMemberId, r.WorkDate });
        b.HasIndex(r => new { r.TeamId, r.FollowUpOn });
        b.HasIndex(r => new { r.ManagerMemberId, r.WorkDate });
        b.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.ManagerMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(r => r.RepMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RideAlongSettingsConfiguration : IEntityTypeConfiguration<RideAlongSettingsEntry>
{
    public void Configure(EntityTypeBuilder<RideAlongSettingsEntry> b)
    {
        b.ToTable("RideAlongSettings");
        b.HasKey(s => s.TeamId);
        b.Property(s => s.TeamId).ValueGeneratedNever();
        b.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
