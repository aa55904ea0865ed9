using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Notifications;

internal sealed class MerchantNotificationAttemptConfiguration : IEntityTypeConfiguration<MerchantNotificationAttempt>
{
    public void Configure(EntityTypeBuilder<MerchantNotificationAttempt> builder)
    {
        builder.ToTable("MerchantNotificationAttempts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.KeyId).HasMaxLength(MerchantApiCredentialConsts.MaxKeyIdLength).IsKeyColumn();
        builder.Property(a => a.ErrorKind).HasConversion<string>().HasMaxLength(MerchantNotificationConsts.EnumLength).IsKeyColumn();
        builder.Property(a => a.ResponseExcerpt).HasMaxLength(MerchantNotificationConsts.MaxResponseExcerptLength);
        builder.HasOne<MerchantNotification>().WithMany().HasForeignKey(a => a.NotificationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.NotificationId, a.Round, a.Number });
    }
}
