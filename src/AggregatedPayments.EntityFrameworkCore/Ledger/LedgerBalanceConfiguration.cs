using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Ledger;

internal sealed class LedgerBalanceConfiguration : IEntityTypeConfiguration<LedgerBalance>
{
    public void Configure(EntityTypeBuilder<LedgerBalance> builder)
    {
        builder.ToTable("LedgerBalances");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Ignore(b => b.Key);

        // One row per merchant channel account and currency: the row every posting's conditional update names.
        builder.HasIndex(b => new { b.TenantId, b.MerchantChannelId, b.Currency }).IsUnique();
    }
}
