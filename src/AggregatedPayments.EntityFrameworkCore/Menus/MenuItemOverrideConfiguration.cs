using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Menus;

internal sealed class MenuItemOverrideConfiguration : IEntityTypeConfiguration<MenuItemOverride>
{
    public void Configure(EntityTypeBuilder<MenuItemOverride> builder)
    {
        builder.ToTable("MenuItemOverrides");
        builder.Property(o => o.MenuName).HasMaxLength(128).IsRequired().IsKeyColumn();
        builder.Property(o => o.DisplayName).HasMaxLength(64);
        builder.HasIndex(o => new { o.TenantId, o.MenuName }).IsUnique();
    }
}
