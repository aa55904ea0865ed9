using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll.DataSources;

internal sealed class PayrollDataSourceConfiguration : IEntityTypeConfiguration<PayrollDataSource>
{
    public void Configure(EntityTypeBuilder<PayrollDataSource> builder)
    {
        builder.ToTable("PayrollDataSources");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(PayrollDataSourceConsts.MaxNameLength).IsRequired().IsKeyColumn();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Url).HasMaxLength(PayrollDataSourceConsts.MaxUrlLength);
        builder.Property(s => s.DatabaseHost).HasMaxLength(MerchantDatabaseSettingsRules.MaxHostLength);
        builder.Property(s => s.DatabaseName).HasMaxLength(MerchantDatabaseSettingsRules.MaxIdentifierLength);
        builder.Property(s => s.DatabaseUser).HasMaxLength(MerchantDatabaseSettingsRules.MaxIdentifierLength);
        builder.Property(s => s.DatabaseViewName).HasMaxLength(MerchantDatabaseSettingsRules.MaxIdentifierLength);
        builder.Property(s => s.DatabaseTlsCaCertificatePem).HasMaxLength(MerchantDatabaseCaCertificates.MaxPemLength);

        builder.Property(s => s.DatabasePasswordCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(MerchantDatabaseSettingsRules.MaxPasswordLength));

        // The name identifies the source to the clerk: one per name in each merchant.
        builder.HasIndex(s => new { s.TenantId, s.Name }).IsUnique();
    }
}
