using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.BackgroundJobs;

internal sealed class BackgroundJobRecordConfiguration : IEntityTypeConfiguration<BackgroundJobRecord>
{
    public void Configure(EntityTypeBuilder<BackgroundJobRecord> builder)
    {
        builder.ToTable("BackgroundJobs");
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.JobName).HasMaxLength(BackgroundJobConsts.MaxJobNameLength).IsRequired().IsKeyColumn();
        builder.Property(j => j.ArgsJson).HasMaxLength(BackgroundJobConsts.MaxArgsLength).IsRequired();
        builder.Property(j => j.LeaseOwner).HasMaxLength(BackgroundJobConsts.MaxLeaseOwnerLength).IsKeyColumn();
        builder.Property(j => j.LastError).HasMaxLength(BackgroundJobConsts.MaxLastErrorLength);

        // The poll's filter: not abandoned and due; priority and lease are checked on the few rows that match.
        builder.HasIndex(j => new { j.IsAbandoned, j.NextTryTime });
    }
}
