namespace AggregatedPayments.Ledger;

/// <summary>One merchant's account at one provider (its merchant channel), in one currency: what the ledger mirrors.</summary>
public sealed record LedgerAccountKey(Guid TenantId, Guid MerchantChannelId, string Currency);
