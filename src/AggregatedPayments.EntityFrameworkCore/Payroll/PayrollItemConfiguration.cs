using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollItemConfiguration : IEntityTypeConfiguration<PayrollItem>
{
    public void Configure(EntityTypeBuilder<PayrollItem> builder)
    {
        builder.ToTable("PayrollItems");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.AccountType).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.MerchantReference).HasMaxLength(PayoutConsts.MaxMerchantReferenceLength).IsRequired().IsKeyColumn();
        builder.Property(i => i.PayeeName).HasMaxLength(PayoutConsts.MaxAccountNameLength).IsRequired();
        builder.Property(i => i.AccountNumberCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(PayoutConsts.MaxAccountNumberLength)).IsRequired();
        builder.Property(i => i.AccountNumberIndex).HasMaxLength(EncryptionConsts.BlindIndexLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(i => i.AccountNumberMasked).HasMaxLength(PayoutConsts.MaxAccountNumberLength).IsRequired();
        builder.Property(i => i.BankCode).HasMaxLength(PayoutConsts.MaxBankCodeLength).IsKeyColumn();
        builder.Property(i => i.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(i => i.Purpose).HasMaxLength(PayoutConsts.MaxPurposeLength);
        builder.Property(i => i.Remark).HasMaxLength(PayoutConsts.MaxRemarkLength);
        builder.Property(i => i.ContentHash).HasMaxLength(PayoutConsts.ContentHashLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(i => i.ValidationErrors).HasMaxLength(PayrollConsts.MaxErrorCodesLength);
        builder.Ignore(i => i.Amount);

        // One item per merchant reference, whatever the source: a repeat is the same payment or a conflict.
        builder.HasIndex(i => new { i.TenantId, i.MerchantReference }).IsUnique();

        // The clerk's list: pending (valid) items newest first, paged by keyset.
        builder.HasIndex(i => new { i.TenantId, i.Status, i.IsValid, i.CreationTime, i.Id });

        // Aggregation: the same payee found by the blind index, never by decrypting.
        builder.HasIndex(i => new { i.TenantId, i.Status, i.AccountNumberIndex });
        builder.HasIndex(i => new { i.TenantId, i.IntakeId });
    }
}
