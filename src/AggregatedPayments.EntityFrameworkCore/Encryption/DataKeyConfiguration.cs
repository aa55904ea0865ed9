using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Encryption;

internal sealed class DataKeyConfiguration : IEntityTypeConfiguration<DataKey>
{
    public void Configure(EntityTypeBuilder<DataKey> builder)
    {
        builder.ToTable("DataKeys");
        // Two instances creating the same key id collide here, and the loser reads the winner's key.
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.WrappedKey).HasMaxLength(DataKey.MaxWrappedKeyLength).IsRequired();
        builder.Property(k => k.WrappingKeyId).HasMaxLength(DataKey.WrappingKeyIdLength).IsFixedLength().IsRequired().IsKeyColumn();
    }
}
