using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class PayoutLineConfiguration : IEntityTypeConfiguration<PayoutLine>
{
    public void Configure(EntityTypeBuilder<PayoutLine> builder)
    {
        builder.ToTable("PayoutLines");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.MerchantReference).HasMaxLength(PayoutConsts.MaxMerchantReferenceLength).IsRequired().IsKeyColumn();
        builder.Property(l => l.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(l => l.Purpose).HasMaxLength(PayoutConsts.MaxPurposeLength);
        builder.Property(l => l.Remark).HasMaxLength(PayoutConsts.MaxRemarkLength);
        builder.Property(l => l.ContentHash).HasMaxLength(PayoutConsts.ContentHashLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Ignore(l => l.Amount);

        // The first layer of idempotency: one line per merchant reference, whatever the intake path.
        builder.HasIndex(l => new { l.TenantId, l.MerchantReference }).IsUnique();
    }
}
