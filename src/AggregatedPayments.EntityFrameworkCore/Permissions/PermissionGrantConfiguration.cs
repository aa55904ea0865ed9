using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Permissions;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("PermissionGrants");
        builder.Property(g => g.Name).HasMaxLength(128).IsRequired().IsKeyColumn();
        builder.Property(g => g.Grantee).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(g => new { g.GranteeId, g.Grantee, g.Name }).IsUnique();
    }
}
