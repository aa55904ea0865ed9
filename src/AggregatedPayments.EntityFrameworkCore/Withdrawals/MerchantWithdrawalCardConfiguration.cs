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
        builder.OwnsOne(c => c.Card, card =>
        {
            card.Property(p => p.AccountNumberCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(PayoutConsts.MaxAccountNumberLength)).IsRequired();
            card.Property(p => p.AccountNumberIndex).HasMaxLength(EncryptionConsts.BlindIndexLength).IsRequired().IsKeyColumn();
            card.Property(p => p.MaskedAccountNumber).HasMaxLength(PayoutConsts.MaxAccountNumberLength).IsRequired();
            card.Property(p => p.AccountName).HasMaxLength(PayoutConsts.MaxAccountNameLength).IsRequired();
            card.Property(p => p.AccountType).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength);
            card.Property(p => p.BankCode).HasMaxLength(PayoutConsts.MaxBankCodeLength).IsKeyColumn();
            card.Property(p => p.BankName).HasMaxLength(PayoutConsts.MaxBankNameLength);
            card.Property(p => p.BranchName).HasMaxLength(PayoutConsts.MaxBranchNameLength);
        });
        builder.Navigation(c => c.Card).IsRequired();
        builder.HasOne<MerchantChannel>().WithMany().HasForeignKey(c => c.MerchantChannelId).OnDelete(DeleteBehavior.Restrict);

        // At most one confirmed card and one open request per merchant channel (NULLs, set in the other statuses, never collide).
        builder.HasIndex(c => c.ActiveMerchantChannelId).IsUnique();
        builder.HasIndex(c => c.PendingMerchantChannelId).IsUnique();

        // A merchant's cards, newest first.
        builder.HasIndex(c => new { c.TenantId, c.MerchantChannelId, c.CreationTime });
    }
}
