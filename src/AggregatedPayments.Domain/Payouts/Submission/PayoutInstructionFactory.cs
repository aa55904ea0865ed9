using AggregatedPayments.ChannelCallbacks;
using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;

namespace AggregatedPayments.Payouts;

/// <summary>An order as an adapter is asked to pay it, under a given key: the payee in clear only for this call.</summary>
public sealed class PayoutInstructionFactory(PayeeAccountFactory payees, IDictionaryLookup dictionaries, ChannelCallbackAddresses callbackAddresses)
{
    private const string DefaultTitle = "Payout";

    public async Task<PayoutInstruction> CreateAsync(PayoutOrder order, string key, MerchantChannel merchantChannel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(merchantChannel);
        var payee = order.Payee;
        var number = await payees.DecryptAccountNumberAsync(payee, cancellationToken);
        var first = order.Lines.OrderBy(l => l.LineNumber).First();
        var notifyUrl = merchantChannel.Functions.HasFlag(ChannelFunctions.Notification)
            ? callbackAddresses.For(merchantChannel.Id).AbsoluteUri
            : null;
        return new PayoutInstruction(
            key,
            await order.Amount.ToChannelAmountAsync(dictionaries, cancellationToken),
            new Payee(number, payee.AccountName, payee.AccountType, payee.BankCode, payee.BankName, payee.BranchName),
            first.Purpose ?? DefaultTitle,
            order.Lines.Count == 1 ? first.Remark : null,
            notifyUrl);
    }
}
