using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class PayoutOrderConfiguration : IEntityTypeConfiguration<PayoutOrder>
{
    public void Configure(EntityTypeBuilder<PayoutOrder> builder)
    {
        builder.ToTable("PayoutOrders");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(o => o.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(o => o.ManualReviewReason).HasMaxLength(PayoutConsts.MaxReasonLength);
        builder.Ignore(o => o.Amount);
        builder.Ignore(o => o.CurrentAttempt);
        builder.OwnsOne(o => o.Payee, payee =>
        {
            payee.Property(p => p.AccountNumberCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(PayoutConsts.MaxAccountNumberLength)).IsRequired();
            payee.Property(p => p.AccountNumberIndex).HasMaxLength(EncryptionConsts.BlindIndexLength).IsRequired().IsKeyColumn();
            payee.Property(p => p.MaskedAccountNumber).HasMaxLength(PayoutConsts.MaxAccountNumberLength).IsRequired();
            payee.Property(p => p.AccountName).HasMaxLength(PayoutConsts.MaxAccountNameLength).IsRequired();
            payee.Property(p => p.AccountType).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength);
            payee.Property(p => p.BankCode).HasMaxLength(PayoutConsts.MaxBankCodeLength).IsKeyColumn();
            payee.Property(p => p.BankName).HasMaxLength(PayoutConsts.MaxBankNameLength);
            payee.Property(p => p.BranchName).HasMaxLength(PayoutConsts.MaxBranchNameLength);
        });
        builder.Navigation(o => o.Payee).IsRequired();
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Attempts).WithOne().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.Attempts).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Keyset paging of a merchant's orders, newest first; the id breaks ties of equal times.
        builder.HasIndex(o => new { o.TenantId, o.CreationTime, o.Id });
        builder.HasIndex(o => new { o.TenantId, o.State, o.CreationTime });
    }
}
