using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.AuditLogging;

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("AuditLogs");
        builder.Property(a => a.UserName).HasMaxLength(AuditLogConsts.MaxUserNameLength);
        builder.Property(a => a.ClientIp).HasMaxLength(AuditLogConsts.MaxClientIpLength);
        builder.Property(a => a.HttpMethod).HasMaxLength(AuditLogConsts.MaxHttpMethodLength).IsRequired();
        builder.Property(a => a.Url).HasMaxLength(AuditLogConsts.MaxUrlLength).IsRequired();
        builder.Property(a => a.ErrorCode).HasMaxLength(AuditLogConsts.MaxErrorCodeLength);
        builder.Property(a => a.ErrorMessage).HasMaxLength(AuditLogConsts.MaxErrorMessageLength);
        builder.Property(a => a.CorrelationId).HasMaxLength(AuditLogConsts.MaxCorrelationIdLength);

        // The search lists newest first, within a merchant or across all of them.
        builder.HasIndex(a => new { a.TenantId, a.ExecutionTime });
        builder.HasIndex(a => a.ExecutionTime);
        builder.HasIndex(a => a.UserId);

        // Owned: the changes load with their request, also through the EF-free repository.
        builder.OwnsMany(a => a.EntityChanges, change =>
        {
            change.ToTable("AuditLogEntityChanges");
            change.WithOwner().HasForeignKey("AuditLogId");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.EntityType).HasMaxLength(AuditLogConsts.MaxEntityTypeLength).IsRequired();
            change.Property(c => c.EntityId).HasMaxLength(AuditLogConsts.MaxEntityIdLength).IsRequired();
            change.Property(c => c.ChangeType).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.PropertyChanges).HasMaxLength(AuditLogConsts.MaxPropertyChangesLength).IsRequired();
            change.HasIndex(c => new { c.EntityType, c.EntityId });
        });
        builder.Navigation(a => a.EntityChanges).HasField("_entityChanges").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
