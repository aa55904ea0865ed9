using AggregatedPayments.Ledger;

namespace AggregatedPayments.Payouts;

/// <summary>An order with everything a clerk checks: lines, attempts, its history and its ledger postings.</summary>
public sealed record PayoutOrderDetailDto(
    PayoutOrderDto Order,
    IReadOnlyList<PayoutLineDto> Lines,
    IReadOnlyList<PayoutAttemptDto> Attempts,
    IReadOnlyList<PayoutStateChangeDto> History,
    IReadOnlyList<LedgerPostingDto> Postings);
