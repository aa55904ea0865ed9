using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class PayoutBatchConfiguration : IEntityTypeConfiguration<PayoutBatch>
{
    // The body is stored as base64 before encryption: four characters per three bytes.
    private const int MaxRequestBase64Length = (PayoutBatchConsts.MaxRequestBodyBytes + 2) / 3 * 4;

    public void Configure(EntityTypeBuilder<PayoutBatch> builder)
    {
        builder.ToTable("PayoutBatches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.BatchKey).HasMaxLength(PayoutConsts.MaxChannelKeyLength).IsRequired().IsKeyColumn();
        builder.Property(b => b.RequestCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(MaxRequestBase64Length)).IsRequired();
        builder.Property(b => b.ContentType).HasMaxLength(PayoutConsts.MaxContentTypeLength).IsRequired();
        builder.Property(b => b.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();

        // Frozen items: written with the batch and never again, so they live as the batch's own rows.
        builder.OwnsMany(b => b.Items, items =>
        {
            items.ToTable("PayoutBatchItems");
            items.WithOwner().HasForeignKey("BatchId");
            items.HasKey("BatchId", nameof(PayoutBatchItem.AttemptId));
            items.Property(i => i.ItemKey).HasMaxLength(PayoutConsts.MaxChannelKeyLength).IsRequired().IsKeyColumn();

            // An attempt goes out in one batch at most; a query of an item finds its batch by this.
            items.HasIndex(i => i.AttemptId).IsUnique();
        });
        builder.Navigation(b => b.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The provider knows a batch by its key within the merchant's account.
        builder.HasIndex(b => new { b.MerchantChannelId, b.BatchKey }).IsUnique();
    }
}
