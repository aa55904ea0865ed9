using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Merchants.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Merchants;

internal sealed class ApiRequestNonceConfiguration : IEntityTypeConfiguration<ApiRequestNonce>
{
    public void Configure(EntityTypeBuilder<ApiRequestNonce> builder)
    {
        builder.ToTable("ApiRequestNonces");
        builder.Property(n => n.KeyId).HasMaxLength(MerchantApiCredentialConsts.MaxKeyIdLength).IsRequired().IsKeyColumn();
        builder.Property(n => n.Nonce).HasMaxLength(MerchantApiCredentialConsts.MaxNonceLength).IsRequired().IsKeyColumn();

        // The replay guard: a second insert of the same pair fails, on every instance at once.
        builder.HasIndex(n => new { n.KeyId, n.Nonce }).IsUnique();
        builder.HasIndex(n => n.ExpiresAt);
    }
}
