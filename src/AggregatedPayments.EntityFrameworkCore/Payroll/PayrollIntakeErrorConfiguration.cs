using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollIntakeErrorConfiguration : IEntityTypeConfiguration<PayrollIntakeError>
{
    public void Configure(EntityTypeBuilder<PayrollIntakeError> builder)
    {
        builder.ToTable("PayrollIntakeErrors");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.MerchantReference).HasMaxLength(PayrollConsts.MaxRawTextLength);
        builder.Property(e => e.Codes).HasMaxLength(PayrollConsts.MaxErrorCodesLength).IsRequired();
        builder.Ignore(e => e.CodeList);

        // The report reads one intake's errors in line order.
        builder.HasIndex(e => new { e.TenantId, e.IntakeId, e.Line });
    }
}
