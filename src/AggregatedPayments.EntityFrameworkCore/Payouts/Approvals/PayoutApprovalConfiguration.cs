using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class PayoutApprovalConfiguration : IEntityTypeConfiguration<PayoutApproval>
{
    public void Configure(EntityTypeBuilder<PayoutApproval> builder)
    {
        builder.ToTable("PayoutApprovals");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ContentHash).HasMaxLength(PayoutConsts.ContentHashLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(a => a.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(a => a.Cause).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(a => a.RequestedBy).HasMaxLength(PayoutApprovalConsts.MaxActorLength).IsRequired();
        builder.Property(a => a.DecidedBy).HasMaxLength(PayoutApprovalConsts.MaxActorLength);
        builder.Property(a => a.DecisionReason).HasMaxLength(PayoutApprovalConsts.MaxReasonLength);
        builder.Property(a => a.VoidedBy).HasMaxLength(PayoutApprovalConsts.MaxActorLength);
        builder.Property(a => a.VoidReason).HasMaxLength(PayoutApprovalConsts.MaxReasonLength);
        builder.HasOne<PayoutOrder>().WithMany().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Restrict);

        // The queue: a merchant's approvals by status, newest first, keyset-paged by (time, id).
        builder.HasIndex(a => new { a.TenantId, a.Status, a.CreationTime, a.Id });

        // An order's approvals: the gate's "approved before" and the voids of a correction.
        builder.HasIndex(a => new { a.OrderId, a.Status });
    }
}
