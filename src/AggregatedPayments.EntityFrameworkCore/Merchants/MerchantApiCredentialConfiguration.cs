using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Merchants.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Merchants;

internal sealed class MerchantApiCredentialConfiguration : IEntityTypeConfiguration<MerchantApiCredential>
{
    public void Configure(EntityTypeBuilder<MerchantApiCredential> builder)
    {
        builder.ToTable("MerchantApiCredentials");
        builder.Property(c => c.KeyId).HasMaxLength(MerchantApiCredentialConsts.MaxKeyIdLength).IsRequired().IsKeyColumn();

        // Globally unique: a signed request names only the key id, before anyone knows the tenant.
        builder.HasIndex(c => c.KeyId).IsUnique();
        builder.Property(c => c.SecretCiphertext).HasMaxLength(MerchantApiCredentialConsts.MaxSecretCiphertextLength).IsRequired();
    }
}
