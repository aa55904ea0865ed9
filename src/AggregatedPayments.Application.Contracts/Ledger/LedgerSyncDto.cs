namespace AggregatedPayments.Ledger;

/// <summary>What a balance sync found per currency, and the merchant channel's balances after it.</summary>
public sealed record LedgerSyncDto(IReadOnlyList<LedgerSyncResultDto> Results, IReadOnlyList<LedgerBalanceDto> Balances);
