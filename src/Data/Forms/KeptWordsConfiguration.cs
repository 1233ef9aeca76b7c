using IronArmy.Data.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Forms;

internal sealed class KeptWordsConfiguration : IEntityTypeConfiguration<KeptWords>
{
    public void Configure(EntityTypeBuilder<KeptWords> b)
    {
        b.ToTable("KeptWords");
        b.Property(w => w.Ritual).HasConversion<string>().HasMaxLength(16);
        // The kickoff form of a day looks for the latest words kept for it.
        b.HasIndex(w => new { w.MemberId, w.Ritual, w.DraftFor });
        b.HasIndex(w => new { w.TeamId, w.WorkDate });
        // Restrict: removing a member or team must not silently take the words they sent with it.
        b.HasOne<Team>().WithMany().HasForeignKey(w => w.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
