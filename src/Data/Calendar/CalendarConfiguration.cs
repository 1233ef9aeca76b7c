using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Calendar;

internal sealed class TeamCalendarDayConfiguration : IEntityTypeConfiguration<TeamCalendarDay>
{
    public void Configure(EntityTypeBuilder<TeamCalendarDay> b)
    {
        b.ToTable("TeamCalendarDays");
        b.HasIndex(d => new { d.TeamId, d.Date }).IsUnique();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Team>().WithMany().HasForeignKey(d => d.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(d => d.SetByMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberLeaveConfiguration : IEntityTypeConfiguration<MemberLeave>
{
    public void Configure(EntityTypeBuilder<MemberLeave> b)
    {
        b.ToTable("MemberLeaves");
        b.Ignore(l => l.EffectiveTo);
        b.Ignore(l => l.IsVoid);
        b.HasIndex(l => new { l.MemberId, l.From });
        b.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
