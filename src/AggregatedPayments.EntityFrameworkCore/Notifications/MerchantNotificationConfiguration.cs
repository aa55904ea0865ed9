using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Notifications;

internal sealed class MerchantNotificationConfiguration : IEntityTypeConfiguration<MerchantNotification>
{
    public void Configure(EntityTypeBuilder<MerchantNotification> builder)
    {
        builder.ToTable("MerchantNotifications");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.EventType).HasMaxLength(MerchantNotificationConsts.MaxEventTypeLength).IsRequired().IsKeyColumn();
        builder.Property(n => n.Body).HasMaxLength(MerchantNotificationConsts.MaxBodyLength).IsRequired();
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(MerchantNotificationConsts.EnumLength).IsKeyColumn();
        builder.Property(n => n.ResentBy).HasMaxLength(MerchantNotificationConsts.MaxActorLength);

        // One event per change of an order: writing the same move twice is a clash, never a second event.
        builder.HasIndex(n => new { n.OrderId, n.EventVersion, n.EventType }).IsUnique();

        // Keyset paging of a merchant's notifications, newest first, and its filters.
        builder.HasIndex(n => new { n.TenantId, n.CreationTime, n.Id });
        builder.HasIndex(n => new { n.TenantId, n.Status, n.CreationTime });
    }
}
