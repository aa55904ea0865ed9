using AggregatedPayments.Dictionaries;
using AggregatedPayments.Encryption;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Makes the payout order of one planned group, under exactly the rules <see cref="PayoutOrderManager"/> applies
/// (one payee, the line checks, the content hash), without saving it: a chunk saves its new orders together.
/// The account number is decrypted from the item only here, lives in memory while the order is built, and is
/// encrypted again into the order's payee; <see cref="PayeeDetails"/> masks it in any log or message.
/// </summary>
public sealed class PayrollOrderBuilder(IEncryptionService encryption, PayeeAccountFactory payees, IDictionaryLookup dictionaries, TimeProvider clock)
{
    /// <summary>
    /// The lines as a payouts API caller would ask for them, one per item in the given order, each reference the
    /// item's own. Items of a group share the account (one blind index), so one decryption serves them all.
    /// </summary>
    public async Task<IReadOnlyList<PayoutLineRequest>> LinesAsync(IReadOnlyList<PayrollItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var first = items[0];
        var number = await encryption.DecryptAsync(first.AccountNumberCiphertext, PayeeAccountFactory.EncryptionPurpose, cancellationToken);
        var payee = new PayeeDetails(number, first.PayeeName, first.AccountType, first.BankCode);
        return items.Select(i => new PayoutLineRequest(i.MerchantReference, i.Amount, payee, i.Purpose, i.Remark)).ToList();
    }

    /// <summary>A new order for lines no order holds yet; the caller saves it (and a clash on a reference then fails the save).</summary>
    public async Task<PayoutOrder> BuildAsync(Guid tenantId, IReadOnlyList<PayoutLineRequest> lines, string actor, CancellationToken cancellationToken)
    {
        var payee = PayoutRequestRules.SinglePayee(lines);
        await dictionaries.GetCurrencyExponentAsync(lines[0].Amount.Currency, cancellationToken);
        var drafts = lines.Select(l => PayoutRequestRules.Draft(l, payee)).ToList();
        return PayoutOrder.Create(Guid.NewGuid(), tenantId, await payees.CreateAsync(payee, cancellationToken), drafts, actor, clock.GetUtcNow().UtcDateTime);
    }
}
