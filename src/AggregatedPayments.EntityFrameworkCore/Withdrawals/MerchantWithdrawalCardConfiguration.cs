using AggregatedPayments.Channels;
using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Withdrawals;

internal sealed class MerchantWithdrawalCardConfiguration : IEntityTypeConfiguration<MerchantWithdrawalCard>
{
    public void Configure(EntityTypeBuilder<MerchantWithdrawalCard> builder)
    {
        builder.ToTable("MerchantWithdrawalCards");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(c => c.RequestedBy).HasMaxLength(WithdrawalConsts.MaxActorLength).IsRequired();
        builder.Property(c => c.DecidedBy).HasMaxLength(WithdrawalConsts.MaxActorLength);
        builder.Property(c => c.DecisionReason).HasMaxLength(WithdrawalConsts.MaxReasonLength);
        builder.Property(c => c.AccountNumberCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(PayoutConsts.MaxAccountNumberLength)).IsRequired();
        builder.Property(c => c.AccountNumberIndex).HasMaxLength(EncryptionConsts.BlindIndexLength).IsRequired().IsKeyColumn();
        builder.Property(c => c.MaskedAccountNumber).HasMaxLength(PayoutConsts.MaxAccountNumberLength).IsRequired();
        builder.Property(c => c.AccountName).HasMaxLength(PayoutConsts.MaxAccountNameLength).IsRequired();
        builder.Property(c => c.BankCode).HasMaxLength(PayoutConsts.MaxBankCodeLength).IsKeyColumn();
        builder.Property(c => c.BankName).HasMaxLength(PayoutConsts.MaxBankNameLength);
        builder.HasOne<MerchantChannel>().WithMany().HasForeignKey(c => c.MerchantChannelId).OnDelete(DeleteBehavior.Restrict);

        // At most one confirmed card and one open request per merchant channel (NULLs, set in the other statuses, never collide).
        builder.HasIndex(c => c.ActiveMerchantChannelId).IsUnique();
        builder.HasIndex(c => c.PendingMerchantChannelId).IsUnique();

        // A merchant's cards, newest first.
        builder.HasIndex(c => new { c.TenantId, c.MerchantChannelId, c.CreationTime });
    }
}
