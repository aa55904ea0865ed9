using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollIntakeConfiguration : IEntityTypeConfiguration<PayrollIntake>
{
    public void Configure(EntityTypeBuilder<PayrollIntake> builder)
    {
        builder.ToTable("PayrollIntakes");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.FileName).HasMaxLength(PayrollConsts.MaxFileNameLength);
        builder.Property(i => i.FileSha256).HasMaxLength(PayrollConsts.Sha256Length).IsFixedLength().IsKeyColumn();
        builder.Property(i => i.RequestedBy).HasMaxLength(PayrollConsts.MaxActorLength).IsRequired();
        builder.Property(i => i.Failure).HasMaxLength(PayrollConsts.MaxFailureLength);

        // An identical file is refused: the index decides, even between two uploads racing each other. Pulls and API requests have none.
        builder.HasIndex(i => new { i.TenantId, i.FileSha256 }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.CreationTime, i.Id });
    }
}
