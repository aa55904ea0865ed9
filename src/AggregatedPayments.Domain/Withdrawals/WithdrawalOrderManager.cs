using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// Turns a merchant's "withdraw this much from this merchant channel" into a payout order of kind
/// <see cref="PayoutKind.Withdrawal"/> to the channel's Active card, idempotently by the merchant's
/// reference as every payout. A new request is refused before anything is stored when the channel cannot
/// withdraw, has no confirmed card, or its Available does not cover the amount (the hold decides for
/// good; this look only spares the merchant a pending order that could never start).
/// </summary>
public sealed class WithdrawalOrderManager(
    PayoutOrderManager orders,
    IPayoutOrderStore store,
    WithdrawalCardManager cards,
    PayoutChannelResolver channels,
    PayeeAccountFactory payees,
    ILedgerStore ledger,
    ICurrentTenant currentTenant)
{
    public const string Purpose = "Withdrawal";

    public async Task<PayoutCreation> CreateAsync(Guid merchantChannelId, string merchantReference, Money amount, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A withdrawal belongs to a merchant: act inside its tenant.");
        WithdrawalChannels.EnsureCanWithdraw(await channels.GetAsync(merchantChannelId, cancellationToken));
        var card = await cards.FindActiveAsync(merchantChannelId, cancellationToken)
                   ?? throw new BusinessException(WithdrawalsErrorCodes.NoActiveCard).WithData("merchantChannelId", merchantChannelId);

        // A repeat of a request already taken is answered by the order manager, whatever the balance is now.
        if ((await store.FindLinesAsync([merchantReference?.Trim() ?? ""], cancellationToken)).Count == 0)
        {
            var balance = await ledger.FindBalanceAsync(new LedgerAccountKey(tenantId, merchantChannelId, amount.Currency), cancellationToken);
            if ((balance?.Available ?? 0) < amount.Minor)
            {
                throw new BusinessException(LedgerErrorCodes.InsufficientAvailable)
                    .WithData("available", balance?.Available ?? 0)
                    .WithData("amount", amount.Minor)
                    .WithData("currency", amount.Currency);
            }
        }

        var payee = card.ToPayeeAccount();
        var details = new PayeeDetails(await payees.DecryptAccountNumberAsync(payee, cancellationToken), payee.AccountName, payee.AccountType, payee.BankCode, payee.BankName, payee.BranchName);
        return await orders.CreateAsync([new PayoutLineRequest(merchantReference ?? "", amount, details, Purpose)], withdrawal: true, actor, cancellationToken);
    }
}
