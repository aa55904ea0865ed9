using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class PayoutStateChangeConfiguration : IEntityTypeConfiguration<PayoutStateChange>
{
    public void Configure(EntityTypeBuilder<PayoutStateChange> builder)
    {
        builder.ToTable("PayoutStateChanges");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(h => h.Reason).HasMaxLength(PayoutConsts.MaxReasonLength).IsRequired();
        builder.Property(h => h.Actor).HasMaxLength(PayoutConsts.MaxActorLength).IsRequired();
        builder.HasIndex(h => new { h.OrderId, h.Time });
    }
}
