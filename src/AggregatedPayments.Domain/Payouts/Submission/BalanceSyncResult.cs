using AggregatedPayments.Ledger;

namespace AggregatedPayments.Payouts;

/// <summary>One currency of a balance sync: what the provider reported, what Available was set to, and what was posted.</summary>
/// <param name="ProviderAvailableMinor">Null when the provider could not say (<paramref name="Reason"/> tells why); nothing was posted then.</param>
public sealed record BalanceSyncResult(string Currency, long? ProviderAvailableMinor, long? AvailableMinor, LedgerPostOutcome? Outcome, string? Reason);
