using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Ledger;

internal sealed class LedgerPostingConfiguration : IEntityTypeConfiguration<LedgerPosting>
{
    public void Configure(EntityTypeBuilder<LedgerPosting> builder)
    {
        builder.ToTable("LedgerPostings");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(p => p.DebitAccount).HasConversion<string>().HasMaxLength(LedgerStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(p => p.CreditAccount).HasConversion<string>().HasMaxLength(LedgerStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(p => p.EventKind).HasConversion<string>().HasMaxLength(LedgerStoreConsts.EnumLength).IsKeyColumn();
        builder.Ignore(p => p.Key);

        // The final guard of "each event posts at most once".
        builder.HasIndex(p => new { p.SourceId, p.EventKind }).IsUnique();

        // An account's statement: its postings in time order.
        builder.HasIndex(p => new { p.TenantId, p.MerchantChannelId, p.Currency, p.Time });
    }
}
