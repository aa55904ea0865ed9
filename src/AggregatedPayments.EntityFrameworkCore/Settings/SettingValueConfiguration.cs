using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Settings;

internal sealed class SettingValueConfiguration : IEntityTypeConfiguration<SettingValue>
{
    public void Configure(EntityTypeBuilder<SettingValue> builder)
    {
        builder.ToTable("SettingValues");
        builder.Property(v => v.Name).HasMaxLength(SettingValueConsts.MaxNameLength).IsRequired().IsKeyColumn();
        builder.Property(v => v.Level).HasConversion<string>().HasMaxLength(8).IsRequired().IsKeyColumn();
        builder.Property(v => v.Value).HasMaxLength(SettingValueConsts.MaxStoredValueLength).IsRequired();
        // One value per setting and owner; the owner's values are read together.
        builder.HasIndex(v => new { v.Level, v.ProviderKey, v.Name }).IsUnique();
    }
}
