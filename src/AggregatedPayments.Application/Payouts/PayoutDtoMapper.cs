using AggregatedPayments.Ledger;

namespace AggregatedPayments.Payouts;

/// <summary>Entities to DTOs. The payee leaves only masked: nothing here can reach the ciphertext or a clear number.</summary>
internal static class PayoutDtoMapper
{
    public static PayoutOrderDto ToDto(PayoutOrder order, IReadOnlyList<string> references, Guid? merchantChannelId) => new(
        order.Id,
        order.Kind,
        order.State,
        order.AmountMinor,
        order.Currency,
        ToDto(order.Payee),
        references,
        order.CurrentAttemptId,
        merchantChannelId,
        order.NeedsManualReview,
        order.ManualReviewReason,
        order.CreationTime,
        order.Version,
        order.AwaitingApproval);

    public static PayoutOrderDetailDto ToDetailDto(PayoutOrder order, IReadOnlyList<LedgerPosting> postings)
    {
        var lines = order.Lines.OrderBy(l => l.LineNumber).ToList();
        return new PayoutOrderDetailDto(
            ToDto(order, lines.Select(l => l.MerchantReference).ToList(), order.CurrentAttempt?.MerchantChannelId),
            lines.Select(l => new PayoutLineDto(l.Id, l.LineNumber, l.MerchantReference, l.AmountMinor, l.Currency, l.Purpose, l.Remark)).ToList(),
            order.Attempts.OrderBy(a => a.CreationTime).Select(ToDto).ToList(),
            // Rows of one instant follow the state table's own order (pending, submitting, …).
            order.History.OrderBy(h => h.Time).ThenBy(h => h.From).ThenBy(h => h.To).Select(h => new PayoutStateChangeDto(h.Id, h.AttemptId, h.From, h.To, h.IsIgnored, h.Reason, h.Actor, h.Time)).ToList(),
            postings.Select(p => LedgerDtoMapper.ToDto(p, order.Id)).ToList());
    }

    public static PayeeDto ToDto(PayeeAccount payee) =>
        new(payee.MaskedAccountNumber, payee.AccountName, payee.AccountType.ToString(), payee.BankCode, payee.BankName, payee.BranchName);

    private static PayoutAttemptDto ToDto(PayoutAttempt a) => new(
        a.Id, a.MerchantChannelId, a.ChannelKey, a.State, a.ProviderReference, a.CreationTime, a.FirstSentTime, a.LastQueryTime,
        a.FeeMinor, a.Currency, a.ProviderErrorCode, a.ProviderErrorSubCode);
}
