using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IronArmy.Data.Delivery;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(o => o.IdempotencyKey).HasMaxLength(200);
        b.HasIndex(o => o.IdempotencyKey).IsUnique();
        b.Property(o => o.TenantId).HasMaxLength(64);
        b.Property(o => o.ServiceUrl).HasMaxLength(512);
        b.Property(o => o.ConversationId).HasMaxLength(256);
        b.Property(o => o.TargetActivityId).HasMaxLength(256);
        b.Property(o => o.SentActivityId).HasMaxLength(256);
        b.Property(o => o.LockedBy).HasMaxLength(128);
        b.Property(o => o.LastError).HasMaxLength(2000);
        b.Property(o => o.Target).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        // The dispatcher's poll: due pending rows in order.
        b.HasIndex(o => new { o.Status, o.NextAttemptAtUtc });
    }
}
