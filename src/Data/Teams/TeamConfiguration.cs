using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Teams;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).HasMaxLength(64);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(t => t.TenantId).HasMaxLength(64);
        b.Property(t => t.TeamsTeamId).HasMaxLength(256);
        b.Property(t => t.AadGroupId).HasMaxLength(64);
        b.Property(t => t.Name).HasMaxLength(256);
        b.Property(t => t.ChannelId).HasMaxLength(256);
        b.Property(t => t.ServiceUrl).HasMaxLength(512);
        b.Property(t => t.Locale).HasMaxLength(16);
        b.Property(t => t.TimeZoneId).HasMaxLength(64);
        b.Ignore(t => t.Schedule);
        b.HasIndex(t => new { t.TenantId, t.TeamsTeamId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Members).WithOne(m => m.Team).HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.Property(m => m.TeamsUserId).HasMaxLength(256);
        b.Property(m => m.AadObjectId).HasMaxLength(64);
        b.Property(m => m.Name).HasMaxLength(256);
        b.Property(m => m.Locale).HasMaxLength(16);
        b.Property(m => m.PersonalConversationId).HasMaxLength(256);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(m => new { m.TeamId, m.TeamsUserId }).IsUnique();
        b.HasIndex(m => m.AadObjectId);
    }
}
