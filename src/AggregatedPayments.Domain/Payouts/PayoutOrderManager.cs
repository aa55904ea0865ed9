using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Creates payout orders, idempotently by the merchant's references: the same references with the same
/// content give back the existing order, any difference is a conflict — never a second payment. The
/// unique index on lines decides races; this class only reads what won.
/// </summary>
public sealed class PayoutOrderManager(
    IPayoutOrderStore store,
    PayeeAccountFactory payees,
    IDictionaryLookup dictionaries,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    /// <summary>Saves the order at once (the index must arbitrate), so call it outside a long transaction.</summary>
    public Task<PayoutCreation> CreateAsync(IReadOnlyList<PayoutLineRequest> lines, string actor, CancellationToken cancellationToken) =>
        CreateAsync(lines, withdrawal: false, actor, cancellationToken);

    /// <summary>As above; <paramref name="withdrawal"/> makes the one line a <see cref="PayoutKind.Withdrawal"/> to the payee given (the registered card).</summary>
    public async Task<PayoutCreation> CreateAsync(IReadOnlyList<PayoutLineRequest> lines, bool withdrawal, string actor, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A payout belongs to a merchant: act inside its tenant.");
        var payee = PayoutRequestRules.SinglePayee(lines);
        await dictionaries.GetCurrencyExponentAsync(lines[0].Amount.Currency, cancellationToken);
        var drafts = lines.Select(l => PayoutRequestRules.Draft(l, payee)).ToList();
        var references = drafts.Select(d => d.Reference.Value).ToList();

        // Twice: a reference taken between our look and our insert is found on the second look.
        for (var round = 0; round < 2; round++)
        {
            var existing = await store.FindLinesAsync(references, cancellationToken);
            if (existing.Count > 0)
            {
                return new PayoutCreation(SameRequest(existing, drafts, payee), Created: false);
            }

            var order = PayoutOrder.Create(Guid.NewGuid(), tenantId, await payees.CreateAsync(payee, cancellationToken), drafts, withdrawal, actor, clock.GetUtcNow().UtcDateTime);
            if (await store.TryInsertAsync(order, cancellationToken))
            {
                return new PayoutCreation(order.Id, Created: true);
            }
        }

        // Taken, but not visible to us yet (the other request has not committed): a clear retry-later conflict.
        throw new ConflictException(PayoutsErrorCodes.ReferenceInUse).WithData("reference", references[0]);
    }

    // The same request only if every reference is on one order, which has exactly these lines with this content and payee.
    private Guid SameRequest(IReadOnlyList<ExistingPayoutLine> existing, List<PayoutLineDraft> drafts, PayeeDetails payee)
    {
        var orderId = existing[0].OrderId;
        foreach (var draft in drafts)
        {
            var line = existing.FirstOrDefault(e => e.MerchantReference == draft.Reference.Value);
            var same = line is not null
                       && line.OrderId == orderId
                       && line.OrderLineCount == drafts.Count
                       && line.ContentHash == draft.ContentHash
                       && payees.IsSameAccountNumber(line.PayeeAccountNumberIndex, payee);
            if (!same)
            {
                throw new ConflictException(PayoutsErrorCodes.ReferenceConflict).WithData("reference", (line ?? existing[0]).MerchantReference);
            }
        }

        return orderId;
    }
}
