using AggregatedPayments.Channels;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.ChannelCallbacks;

internal sealed class ChannelCallbackConfiguration : IEntityTypeConfiguration<ChannelCallback>
{
    public void Configure(EntityTypeBuilder<ChannelCallback> builder)
    {
        builder.ToTable("ChannelCallbacks");
        builder.HasOne<MerchantChannel>().WithMany().HasForeignKey(c => c.MerchantChannelId).OnDelete(DeleteBehavior.Restrict);

        // One row per distinct body and merchant channel: the database, not a read-then-insert, settles racing retries.
        builder.HasIndex(c => new { c.MerchantChannelId, c.Fingerprint }).IsUnique();

        // How the confirming query finds the callbacks of an attempt: merchant channel and key, never key alone.
        builder.HasIndex(c => new { c.MerchantChannelId, c.Key });
        builder.Property(c => c.Fingerprint).HasMaxLength(ChannelCallbackConsts.FingerprintLength).IsRequired().IsKeyColumn();
        builder.Property(c => c.Key).HasMaxLength(ChannelCallbackConsts.MaxKeyLength).IsKeyColumn();
        builder.Property(c => c.ProviderReference).HasMaxLength(ChannelCallbackConsts.MaxProviderReferenceLength).IsKeyColumn();
        builder.Property(c => c.ClaimedState).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ClaimedCurrency).HasMaxLength(3);
        builder.Property(c => c.FailureCode).HasMaxLength(ChannelCallbackConsts.MaxFailureCodeLength);
    }
}
