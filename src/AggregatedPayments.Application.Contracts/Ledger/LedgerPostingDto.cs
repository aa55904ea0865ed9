namespace AggregatedPayments.Ledger;

/// <param name="SourceId">The payout attempt, or the balance sync, that posted it.</param>
/// <param name="OrderId">The attempt's order, for payout events.</param>
public sealed record LedgerPostingDto(
    Guid Id,
    Guid MerchantChannelId,
    string Currency,
    LedgerAccount DebitAccount,
    LedgerAccount CreditAccount,
    long AmountMinor,
    LedgerEventKind EventKind,
    Guid SourceId,
    Guid? OrderId,
    DateTime Time);
