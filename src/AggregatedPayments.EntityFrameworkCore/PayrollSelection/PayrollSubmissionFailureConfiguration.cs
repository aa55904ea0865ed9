using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollSubmissionFailureConfiguration : IEntityTypeConfiguration<PayrollSubmissionFailure>
{
    public void Configure(EntityTypeBuilder<PayrollSubmissionFailure> builder)
    {
        builder.ToTable("PayrollSubmissionFailures");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(f => f.Code).HasMaxLength(PayrollSelectionConsts.MaxCodeLength).IsRequired().IsKeyColumn();

        // A submission's failures are counted by code and listed in plan order.
        builder.HasIndex(f => new { f.TenantId, f.SubmissionId, f.GroupNumber });
    }
}
