using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Merchants;

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> builder)
    {
        builder.ToTable("Merchants");
        builder.Property(m => m.Code).HasMaxLength(MerchantConsts.MaxCodeLength).IsRequired().IsKeyColumn();
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(MerchantConsts.MaxNameLength).IsRequired();
        builder.Property(m => m.TimeZone).HasMaxLength(MerchantConsts.MaxTimeZoneLength).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(m => m.TenantId);
        builder.OwnsOne(m => m.Profile, profile =>
        {
            profile.Property(p => p.LegalName).HasColumnName("LegalName").HasMaxLength(MerchantConsts.MaxLegalNameLength);
            profile.Property(p => p.ContactName).HasColumnName("ContactName").HasMaxLength(MerchantConsts.MaxContactLength);
            profile.Property(p => p.Phone).HasColumnName("Phone").HasMaxLength(MerchantConsts.MaxPhoneLength);
            profile.Property(p => p.Email).HasColumnName("Email").HasMaxLength(MerchantConsts.MaxEmailLength);
            profile.Property(p => p.Address).HasColumnName("Address").HasMaxLength(MerchantConsts.MaxAddressLength);
            profile.Property(p => p.LicenceNumber).HasColumnName("LicenceNumber").HasMaxLength(MerchantConsts.MaxLicenceNumberLength);
        });
        builder.Navigation(m => m.Profile).IsRequired();
        builder.Property(m => m.PayoutPolicy)
            .HasConversion(MerchantPayoutPolicyJson.Converter, MerchantPayoutPolicyJson.Comparer)
            .HasMaxLength(MerchantPayoutPolicyJson.MaxLength)
            .IsRequired();
    }
}
