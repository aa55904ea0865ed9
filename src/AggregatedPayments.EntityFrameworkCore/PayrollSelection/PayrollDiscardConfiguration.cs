using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollDiscardConfiguration : IEntityTypeConfiguration<PayrollDiscard>
{
    public void Configure(EntityTypeBuilder<PayrollDiscard> builder)
    {
        builder.ToTable("PayrollDiscards");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.SelectionKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Reason).HasMaxLength(PayrollSelectionConsts.MaxReasonLength).IsRequired();
        builder.Property(d => d.RequestedBy).HasMaxLength(PayrollConsts.MaxActorLength).IsRequired();
        builder.HasIndex(d => new { d.TenantId, d.CreationTime });
    }
}
