using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollSubmissionItemConfiguration : IEntityTypeConfiguration<PayrollSubmissionItem>
{
    public void Configure(EntityTypeBuilder<PayrollSubmissionItem> builder)
    {
        builder.ToTable("PayrollSubmissionItems");
        builder.Property(i => i.Id).ValueGeneratedNever();

        // The job reads one chunk of one submission at a time.
        builder.HasIndex(i => new { i.TenantId, i.SubmissionId, i.ChunkNumber, i.GroupNumber });
    }
}
