using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollSubmissionConfiguration : IEntityTypeConfiguration<PayrollSubmission>
{
    public void Configure(EntityTypeBuilder<PayrollSubmission> builder)
    {
        builder.ToTable("PayrollSubmissions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SelectionKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.RequestedBy).HasMaxLength(PayrollConsts.MaxActorLength).IsRequired();
        builder.Property(s => s.Failure).HasMaxLength(PayrollSelectionConsts.MaxCodeLength);

        // The clerk's list of submissions, newest first, paged by keyset.
        builder.HasIndex(s => new { s.TenantId, s.CreationTime, s.Id });
    }
}
